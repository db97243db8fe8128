package org.occucompare.analytics.similar;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.OccupationCode;

/**
 * The binary form of a {@link SimilarityIndex}: a header (magic, {@link #FORMAT}, weights, sizes), the codes,
 * titles and descriptors as modified UTF-8, the scores of the pairs above the diagonal as floats, the same scores
 * sorted (which place a score among all pairs: sorting half a million of them again took a one-shot command longer
 * than reading them), and the importance and level of every occupation and descriptor as doubles. Numbers are stored
 * bit for bit, so a read index gives the same scores, percentiles and reasons as the one written.
 */
final class IndexCodec {
    private static final int MAGIC = 0x4f435349; // "OCSI"
    /**
     * The form, and the meaning, of what is stored: raise it whenever the index's scores or reasons change, so that
     * indexes stored by an older version are built anew instead of giving older answers.
     */
    static final int FORMAT = 2;

    private IndexCodec() {
    }

    static byte[] write(SimilarityIndex index) {
        List<OccupationCode> codes = index.codes();
        Explainer explainer = index.explainer();
        int n = codes.size();
        int e = explainer.elements.size();
        byte[] text = text(index);
        long pairs = (long) n * (n - 1) / 2;
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(4 * 5 + 8 * 4 + text.length + 4 * pairs
                + PairDistribution.bytes(pairs) + 8L * 2 * n * e));
        SimilarityWeights w = index.weights();
        out.putInt(MAGIC).putInt(FORMAT).putDouble(w.knowledgeImportance()).putDouble(w.descriptorImportance())
                .putDouble(w.workText()).putDouble(w.titles()).putInt(n).putInt(e).putInt(text.length).put(text);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.putFloat(index.score(i, j));
            }
        }
        out.put(index.pairScores().toBytes());
        DoubleBuffer doubles = out.asDoubleBuffer();
        for (double[] row : explainer.importance) {
            doubles.put(row);
        }
        for (double[] row : explainer.level) {
            doubles.put(row);
        }
        return out.array();
    }

    private static byte[] text(SimilarityIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (int i = 0; i < index.size(); i++) {
                out.writeUTF(index.codes().get(i).value());
                out.writeUTF(index.titles().get(i));
            }
            for (Explainer.Element d : index.explainer().elements) {
                out.writeUTF(d.id());
                out.writeUTF(d.name());
                out.writeUTF(d.kind().name());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static SimilarityIndex read(byte[] bytes, PairDistribution importanceCosines) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IllegalArgumentException("not a similarity index of format " + FORMAT);
            }
            SimilarityWeights weights = new SimilarityWeights(in.getDouble(), in.getDouble(), in.getDouble(),
                    in.getDouble());
            int n = in.getInt();
            int e = in.getInt();
            byte[] text = new byte[in.getInt()];
            in.get(text);
            long pairs = (long) n * (n - 1) / 2;
            if (n < 0 || e < 0 || in.remaining() != 4 * pairs + PairDistribution.bytes(pairs) + 8L * 2 * n * e) {
                throw new IllegalArgumentException("a similarity index of " + n + " occupations and " + e
                        + " descriptors does not take " + bytes.length + " bytes");
            }
            List<OccupationCode> codes = new ArrayList<>(n);
            List<String> titles = new ArrayList<>(n);
            List<Explainer.Element> elements = new ArrayList<>(e);
            DataInputStream strings = new DataInputStream(new ByteArrayInputStream(text));
            for (int i = 0; i < n; i++) {
                codes.add(OccupationCode.parse(strings.readUTF()));
                titles.add(strings.readUTF());
            }
            for (int k = 0; k < e; k++) {
                elements.add(new Explainer.Element(strings.readUTF(), strings.readUTF(),
                        DescriptorKind.valueOf(strings.readUTF())));
            }
            float[] triangle = new float[Math.toIntExact(pairs)];
            in.asFloatBuffer().get(triangle);
            in.position(in.position() + 4 * triangle.length);
            byte[] sorted = new byte[Math.toIntExact(PairDistribution.bytes(pairs))];
            in.get(sorted);
            float[] scores = new float[n * n];
            int p = 0;
            for (int i = 0; i < n; i++) {
                scores[i * n + i] = 1f;
                for (int j = i + 1; j < n; j++, p++) {
                    scores[i * n + j] = triangle[p];
                    scores[j * n + i] = triangle[p];
                }
            }
            DoubleBuffer doubles = in.asDoubleBuffer();
            double[][] importance = new double[n][e];
            double[][] level = new double[n][e];
            for (double[] row : importance) {
                doubles.get(row);
            }
            for (double[] row : level) {
                doubles.get(row);
            }
            return new SimilarityIndex(codes, titles, weights, scores, PairDistribution.fromBytes(sorted),
                    importanceCosines, new Explainer(elements, importance, level));
        } catch (IOException | RuntimeException ex) {
            // damaged bytes fail in many ways (a short buffer, a negative size, a bad code or kind): build anew
            throw ex instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("not a readable similarity index: " + ex.getMessage(), ex);
        }
    }
}
