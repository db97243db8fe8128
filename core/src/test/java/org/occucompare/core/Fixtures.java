package org.occucompare.core;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.occucompare.core.model.AttainmentShare;
import org.occucompare.core.model.CodedValue;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.EducationTraining;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.Interest;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.RiasecType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

/**
 * Realistic occupations for tests in every module, built from official figures (paths relative to the shared data
 * folder {@code ../shared/data}). Wages: OEWS May 2024, national {@code bls-oews/national_M2024_dl.xlsx}, state annual
 * {@code bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv}. Projections: national
 * {@code bls-ep-2024-34/occupation.xlsx} Table 1.2 (thousands, here in jobs), state
 * {@code projections-central/all-states-29-1141-2026-09-11.json}. Education: {@code bls-ep-2024-34/education.xlsx}
 * Tables 5.3 and 5.4, codes from CareerOneStop's API documentation. Skills: {@code onet-30.1/Skills.xlsx} (IM, LV);
 * interests: {@code onet-30.1/Interests.txt} (OI); job zones: {@code onet-30.1/Job Zones.txt}.
 */
public final class Fixtures {
    /** When every fixture was "retrieved": fixed, so tests are repeatable. */
    public static final Instant RETRIEVED_AT = Instant.parse("2025-06-02T12:00:00Z");
    /** OEWS May 2024 wages. */
    public static final Provenance OEWS_MAY_2024 = new Provenance(SourceKind.OEWS,
            "Occupational Employment and Wage Statistics", "May 2024", Optional.of("https://www.bls.gov/oes/"),
            Optional.empty());
    /** O*NET 30.1, with the attribution its CC BY 4.0 license requires. */
    public static final Provenance ONET_30_1 = new Provenance(SourceKind.ONET, "O*NET 30.1 Database", "30.1",
            Optional.of("https://www.onetcenter.org/database.html"), Optional.of("This product uses information from"
            + " the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration"
            + " (USDOL/ETA). Used under the CC BY 4.0 license."));
    /** BLS Employment Projections 2024–34. */
    public static final Provenance EP_2024_34 = new Provenance(SourceKind.EMPLOYMENT_PROJECTIONS,
            "Employment Projections", "2024–34", Optional.of("https://www.bls.gov/emp/"), Optional.empty());

    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);
    private static final ProjectionRound ROUND = new ProjectionRound(2024, 2034);
    private static final SocReference RN_SOC = SocReference.of(new SocCode("29-1141"), "Registered Nurses");
    private static final SocReference CEO_SOC = SocReference.of(new SocCode("11-1011"), "Chief Executives");
    private static final WageAmount TOP_ANNUAL = WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_ANNUAL_USD);
    private static final WageAmount TOP_HOURLY = WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_HOURLY_USD);

    private Fixtures() {
    }

    /** 29-1141.00 Registered Nurses: national annual and hourly, CA and TX annual wages and projections. */
    /**
     * Registered Nurses whose projections name a matrix occupation, as if the matrix published 29-1141 inside it (as
     * it publishes 13-1021 only inside 13-1020); with {@code 29-1141} itself, the occupation's own figures.
     */
    public static Occupation registeredNursesProjectedAs(String matrixCode, String matrixTitle) {
        Occupation nurses = registeredNurses();
        Projections own = nurses.projections().orElseThrow();
        return nurses.withProjections(new Projections(Optional.of(matrixTitle), Optional.of(SocCode.parse(matrixCode)),
                own.rows(), own.industries()));
    }

    public static Occupation registeredNurses() {
        return profile(new OccupationCode("29-1141.00"), "Registered Nurses", "Assess patient health problems and"
                + " needs, develop and implement nursing care plans, and maintain medical records. Administer nursing"
                + " care to ill, injured, convalescent, or disabled patients. May advise patients on health"
                + " maintenance and disease prevention or provide case management. Licensing or registration"
                + " required.", RN_SOC, registeredNursesWages(false), registeredNursesProjections(),
                // bls-ep-2024-34/education.xlsx Tables 5.4 and 5.3; onet-30.1/Job Zones.txt
                education(RN_SOC, "3", "None", "6", 4, 0.5, 1.2, 3.9, 25.6, 54.4, 11.8, 2.7),
                // onet-30.1/Skills.xlsx (IM, LV) and onet-30.1/Interests.txt (OI)
                skills(4.00, 4.25, 4.00, 4.25, 4.00, 4.12, 4.12, 4.38, 1.62, 1.38),
                interests(3.66, 4.82, 1.31, 5.62, 2.28, 4.58));
    }

    /** 29-1141.01 Acute Care Nurses: a detailed occupation whose wages and projections are inherited from 29-1141. */
    public static Occupation acuteCareNurses() {
        return profile(new OccupationCode("29-1141.01"), "Acute Care Nurses", "Provide advanced nursing care for"
                + " patients with acute conditions such as heart attacks, respiratory distress syndrome, or shock. May"
                + " care for pre- and post-operative patients or perform advanced, invasive diagnostic or therapeutic"
                + " procedures.", RN_SOC, registeredNursesWages(true), registeredNursesProjections(),
                // bls-ep-2024-34/education.xlsx Tables 5.4 and 5.3; onet-30.1/Job Zones.txt
                education(RN_SOC, "3", "None", "6", 4, 0.5, 1.2, 3.9, 25.6, 54.4, 11.8, 2.7),
                // onet-30.1/Skills.xlsx (IM, LV) and onet-30.1/Interests.txt (OI)
                skills(4.00, 4.12, 4.12, 4.00, 4.12, 4.00, 4.00, 4.75, 2.00, 1.50),
                interests(4.04, 5.41, 1.48, 5.87, 1.62, 3.49));
    }

    /** 11-1011.00 Chief Executives: 75th and 90th percentiles top-coded (OEWS {@code #}) nationally and in CA. */
    public static Occupation chiefExecutives() {
        Wages wages = new Wages(Optional.of(CEO_SOC), false, OptionalInt.of(2024), List.of(
                // bls-oews/national_M2024_dl.xlsx: A_PCT10..A_PCT90, A_MEAN, TOT_EMP; hourly H_*; # = top-coded
                annual(Location.NATIONAL, "United States", 73_710, 126_080, 206_420, TOP_ANNUAL, TOP_ANNUAL, 262_930,
                        211_850),
                hourly(35.44, 60.61, 99.24, TOP_HOURLY, TOP_HOURLY, 126.41),
                // bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv: A_PCT10..A_PCT90, A_MEAN, TOT_EMP
                annual(CA, "California", 87_070, 142_270, 220_600, TOP_ANNUAL, TOP_ANNUAL, 289_530, 36_980)));
        // bls-ep-2024-34/occupation.xlsx Table 1.2: 309.4 and 322.7 thousand, +13.3 thousand, 4.3 %, 22.2 thousand/yr
        Projections projections = new Projections(Optional.of("Chief executives"), List.of(
                row(Location.NATIONAL, "United States", EmploymentCount.ALL_JOBS, 309_400, 322_700, 13_300, 4.3,
                        22_200)), List.of());
        return profile(new OccupationCode("11-1011.00"), "Chief Executives", "Determine and formulate policies and"
                + " provide overall direction of companies or private and public sector organizations within"
                + " guidelines set up by a board of directors or similar governing body. Plan, direct, or coordinate"
                + " operational activities at the highest level of management with the help of subordinate executives"
                + " and staff managers.", CEO_SOC, wages, projections,
                // bls-ep-2024-34/education.xlsx Tables 5.4 and 5.3; onet-30.1/Job Zones.txt
                education(CEO_SOC, "3", "5 years or more", "6", 5, 1.5, 7.8, 13.1, 5.3, 40.7, 24.7, 6.9),
                // onet-30.1/Skills.xlsx (IM, LV) and onet-30.1/Interests.txt (OI)
                skills(4.00, 4.75, 4.25, 4.75, 4.38, 4.75, 4.12, 4.25, 4.25, 5.25),
                interests(1.30, 3.24, 2.08, 3.52, 6.88, 5.00));
    }

    /** The retrieval every fixture carries: national, from O*NET, fresh, at {@link #RETRIEVED_AT}. */
    public static Retrieval retrieval() {
        return Retrieval.of(Location.NATIONAL, RETRIEVED_AT, SourceKind.ONET);
    }

    private static Occupation profile(OccupationCode code, String title, String description, SocReference soc,
            Wages wages, Projections projections, EducationTraining education, List<Descriptor> skills,
            List<Interest> interests) {
        return Occupation.minimal(code, title, retrieval()).withDescription(description).withSoc(soc)
                .withWages(wages).withProjections(projections).withEducation(education).withSkills(skills)
                .withInterests(interests)
                .withRequestedSections(EnumSet.of(Section.WAGES, Section.PROJECTIONS, Section.TRAINING,
                        Section.SKILLS, Section.INTERESTS))
                .withProvenance(Section.WAGES, OEWS_MAY_2024).withProvenance(Section.PROJECTIONS, EP_2024_34)
                .withProvenance(Section.TRAINING, EP_2024_34).withProvenance(Section.SKILLS, ONET_30_1)
                .withProvenance(Section.INTERESTS, ONET_30_1);
    }

    private static Wages registeredNursesWages(boolean inherited) {
        return new Wages(Optional.of(RN_SOC), inherited, OptionalInt.of(2024), List.of(
                // bls-oews/national_M2024_dl.xlsx: A_PCT10..A_PCT90, A_MEAN, TOT_EMP; hourly H_*
                annual(Location.NATIONAL, "United States", 66_030, 78_610, 93_600, WageAmount.of(107_960),
                        WageAmount.of(135_320), 98_430, 3_282_010),
                hourly(31.75, 37.79, 45.00, WageAmount.of(51.90), WageAmount.of(65.06), 47.32),
                // bls-oews-state-2024-csv/state_M2024_dl.xlsx - state_M2024_dl.csv: A_PCT10..A_PCT90, A_MEAN, TOT_EMP
                annual(CA, "California", 100_120, 119_710, 140_330, WageAmount.of(172_200), WageAmount.of(208_880),
                        148_330, 326_720),
                annual(TX, "Texas", 64_660, 77_450, 90_010, WageAmount.of(102_200), WageAmount.of(122_060), 91_690,
                        261_050)));
    }

    private static Projections registeredNursesProjections() {
        // projections-central/all-states-29-1141-2026-09-11.json (national row = bls-ep-2024-34 Table 1.2)
        return new Projections(Optional.of("Registered nurses"), List.of(
                row(Location.NATIONAL, "United States", EmploymentCount.ALL_JOBS, 3_391_000, 3_557_100, 166_100, 4.9,
                        189_100),
                row(CA, "California", EmploymentCount.PRIMARY_JOBS, 344_100, 390_600, 46_500, 13.5, 22_890),
                row(TX, "Texas", EmploymentCount.PRIMARY_JOBS, 261_430, 299_340, 37_910, 14.5, 17_710)), List.of());
    }

    private static WageEstimate annual(Location area, String name, double p10, double p25, double median,
            WageAmount p75, WageAmount p90, double mean, long employment) {
        return new WageEstimate(area, name, RateType.ANNUAL, WageAmount.of(p10), WageAmount.of(p25),
                WageAmount.of(median), p75, p90, WageAmount.of(mean), OptionalLong.of(employment));
    }

    /** National hourly; employment is the annual estimate's (OEWS publishes one TOT_EMP). */
    private static WageEstimate hourly(double p10, double p25, double median, WageAmount p75, WageAmount p90,
            double mean) {
        return new WageEstimate(Location.NATIONAL, "United States", RateType.HOURLY, WageAmount.of(p10),
                WageAmount.of(p25), WageAmount.of(median), p75, p90, WageAmount.of(mean), OptionalLong.empty());
    }

    private static ProjectionRow row(Location area, String name, EmploymentCount counts, long base, long projected,
            long change, double percent, long openings) {
        return new ProjectionRow(area, name, ROUND, counts, OptionalLong.of(base), OptionalLong.of(projected),
                OptionalLong.of(change), OptionalDouble.of(percent), OptionalLong.of(openings));
    }

    /** Codes per CareerOneStop: education 3 = Bachelor's degree; experience 1 = 5 years or more, 3 = None; 6 = None. */
    private static EducationTraining education(SocReference soc, String education, String experience, String training,
            int jobZone, double... attainment) {
        List<String> levels = List.of("Less than high school diploma", "High school diploma or equivalent",
                "Some college, no degree", "Associate's degree", "Bachelor's degree", "Master's degree",
                "Doctoral or professional degree");
        return new EducationTraining(Optional.of(new CodedValue(education, "Bachelor's degree")),
                Optional.of(new CodedValue(experience.equals("None") ? "3" : "1", experience)),
                Optional.of(new CodedValue(training, "None")),
                IntStream.range(0, levels.size())
                        .mapToObj(i -> new AttainmentShare(levels.get(i), OptionalDouble.of(attainment[i]))).toList(),
                Optional.of(soc), OptionalInt.of(jobZone));
    }

    /** Importance and level pairs of five skills, in the order of the element ids below. */
    private static List<Descriptor> skills(double... importanceLevel) {
        String[][] elements = {
            {"2.A.1.b", "Active Listening", "Giving full attention to what other people are saying, taking time to"
                    + " understand the points being made, asking questions as appropriate, and not interrupting at"
                    + " inappropriate times."},
            {"2.A.1.d", "Speaking", "Talking to others to convey information effectively."},
            {"2.A.2.a", "Critical Thinking", "Using logic and reasoning to identify the strengths and weaknesses of"
                    + " alternative solutions, conclusions, or approaches to problems."},
            {"2.B.1.a", "Social Perceptiveness", "Being aware of others' reactions and understanding why they react"
                    + " as they do."},
            {"2.B.5.b", "Management of Financial Resources", "Determining how money will be spent to get the work"
                    + " done, and accounting for these expenditures."}};
        return IntStream.range(0, elements.length).mapToObj(i -> new Descriptor(DescriptorKind.SKILL,
                elements[i][0], elements[i][1], elements[i][2], OptionalDouble.of(importanceLevel[2 * i]),
                OptionalDouble.of(importanceLevel[2 * i + 1]))).toList();
    }

    /** Occupational interest (OI) scores in RIASEC order. */
    private static List<Interest> interests(double... scores) {
        RiasecType[] types = RiasecType.values();
        return IntStream.range(0, types.length).mapToObj(i -> new Interest(types[i],
                types[i].displayName(), "", OptionalDouble.of(scores[i]))).toList();
    }
}
