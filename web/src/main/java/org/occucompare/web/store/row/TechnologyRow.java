package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

/**
 * A tool or a piece of technology used in an occupation (O*NET {@code Tools Used} and {@code Technology Skills}).
 *
 * @param code the O*NET-SOC code
 * @param kind {@code TOOL} or {@code TECHNOLOGY}
 * @param example the product or tool, such as "Microsoft Excel"
 * @param commodityCode the UNSPSC commodity code
 * @param commodityTitle the UNSPSC commodity title, the category the example belongs to
 * @param hotTechnology O*NET flags it as a hot technology
 * @param inDemand O*NET flags it as in demand
 */
public record TechnologyRow(String code, String kind, String example, String commodityCode, String commodityTitle,
        boolean hotTechnology, boolean inDemand) implements StoreRow {
    public TechnologyRow {
        requireNonNull(code, "code is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(example, "example is null");
        requireNonNull(commodityCode, "commodityCode is null");
        requireNonNull(commodityTitle, "commodityTitle is null");
    }
}
