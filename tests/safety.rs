//! Clinical safety: every triage rule, caution and mimic in a table, so removing one from the
//! knowledge base fails a test, plus properties of the triage as a whole.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assess, assess_onset, engine, fired, kb};
use legcheck::engine::Strength;
use legcheck::kb::{FindingKind, Onset, TriageLevel};
use proptest::prelude::*;
use Onset::{Days, Hours, Months, NotSure, Weeks};
use TriageLevel::{Emergency, Soon, Urgent};

/// Which onset answers a rule fires under: any answer, or only those listed (warning signs'
/// own rules are never gated: their labels say sudden or new).
#[derive(Debug, Clone, Copy)]
enum Onsets {
    Any,
    Only(&'static [Onset]),
}

impl Onsets {
    fn allows(self, onset: Onset) -> bool {
        match self {
            Onsets::Any => true,
            Onsets::Only(list) => list.contains(&onset),
        }
    }
}

use Onsets::{Any, Only};

/// One reviewed rule: a smallest set of ticks that fires it, the onset answers it fires under,
/// its level, and the first words of the source's sentence that sets that level (the full
/// quote is in the knowledge base, never shown on the page).
struct Row {
    id: &'static str,
    ticks: &'static [&'static str],
    onset: Onsets,
    level: TriageLevel,
    quote: &'static str,
}

const RULES: &[Row] = &[
    Row {
        id: "emergency_sudden_weakness",
        ticks: &["sudden_weakness"],
        onset: Any,
        level: Emergency,
        quote: "Go to the emergency department right away if you",
    },
    Row {
        id: "emergency_worse_cannot_stand",
        ticks: &["worse_cannot_stand"],
        onset: Any,
        level: Emergency,
        quote: "Go to the emergency department right away if you",
    },
    Row {
        id: "emergency_paralysis",
        ticks: &["paralysis"],
        onset: Any,
        level: Emergency,
        quote: "Immediate action required: Call 999 if: You or someone else",
    },
    Row {
        id: "emergency_one_sided_weakness",
        ticks: &["one_sided_weakness"],
        onset: Any,
        level: Emergency,
        quote: "If you suspect that you or someone else is",
    },
    Row {
        id: "emergency_breathing_swallowing",
        ticks: &["breathing_swallowing"],
        onset: Any,
        level: Emergency,
        quote: "Go to the emergency department right away if you",
    },
    Row {
        id: "emergency_seizure",
        ticks: &["seizure"],
        onset: Any,
        level: Emergency,
        quote: "Dial 999 and ask for an ambulance if: it's",
    },
    Row {
        id: "urgent_locked_spasm",
        ticks: &["locked_spasm"],
        onset: Any,
        level: Urgent,
        quote: "When your body's magnesium level drops too much, it",
    },
    Row {
        id: "emergency_rising_from_feet",
        ticks: &["rising_from_feet"],
        onset: Any,
        level: Emergency,
        quote: "Seek emergency medical help if you have any of",
    },
    Row {
        id: "emergency_bladder_bowel_loss",
        ticks: &["bladder_bowel_loss"],
        onset: Any,
        level: Emergency,
        quote: "You should call 999 or visit A&E if you",
    },
    Row {
        id: "emergency_cold_pale_leg",
        ticks: &["cold_pale_leg"],
        onset: Any,
        level: Emergency,
        quote: "Call 911 or your local emergency number if you",
    },
    Row {
        id: "emergency_compartment_syndrome",
        ticks: &["tense_painful_leg"],
        onset: Any,
        level: Emergency,
        quote: "Acute compartment syndrome is a medical emergency, usually caused",
    },
    Row {
        id: "urgent_swollen_calf",
        ticks: &["swollen_calf"],
        onset: Any,
        level: Urgent,
        quote: "Deep vein thrombosis (DVT) is a blood clot (usually",
    },
    Row {
        id: "urgent_blood_in_stool",
        ticks: &["blood_in_stool"],
        onset: Any,
        level: Urgent,
        quote: "Urgent advice: Ask for an urgent GP appointment or",
    },
    Row {
        id: "emergency_new_confusion",
        ticks: &["new_confusion"],
        onset: Any,
        level: Emergency,
        quote: "Immediate action required: Go to A&E or call 999",
    },
    Row {
        id: "emergency_new_eye_signs",
        ticks: &["odd_eye_movements"],
        onset: Any,
        level: Emergency,
        quote: "Call 9-1-1 immediately if any of the following major",
    },
    Row {
        id: "emergency_staggering_walk",
        ticks: &["staggering_walk"],
        onset: Any,
        level: Emergency,
        quote: "Call 9-1-1 immediately if any of the following major",
    },
    Row {
        id: "emergency_wernicke",
        ticks: &["new_confusion", "heavy_alcohol"],
        onset: Any,
        level: Emergency,
        quote: "Wernicke-Korsakoff syndrome is a medical emergency. Treatment consists of",
    },
    Row {
        id: "emergency_low_sodium_confusion",
        ticks: &["new_confusion", "water_pill"],
        onset: Any,
        level: Emergency,
        quote: "Seek emergency care for anyone who develops serious symptoms",
    },
    Row {
        id: "emergency_low_sodium_vomiting",
        ticks: &["nausea_headache", "vomiting_days", "water_pill"],
        onset: Any,
        level: Emergency,
        quote: "Seek emergency care for anyone who develops serious",
    },
    Row {
        id: "urgent_dark_urine_with_muscle_symptoms",
        ticks: &["dark_urine", "leg_weakness"],
        onset: Any,
        level: Urgent,
        quote: "If you have symptoms of rhabdomyolysis, stop taking your",
    },
    Row {
        id: "soon_dark_urine",
        ticks: &["dark_urine"],
        onset: Any,
        level: Soon,
        quote: "If you're concerned about the color of your urine,",
    },
    Row {
        id: "urgent_refeeding",
        ticks: &["refeeding", "leg_weakness"],
        onset: Any,
        level: Urgent,
        quote: "Despite the long-standing recognition of refeeding syndrome as a",
    },
    Row {
        id: "emergency_palpitations_fainting",
        ticks: &["palpitations", "fainted"],
        onset: Any,
        level: Emergency,
        quote: "Get emergency medical care if heart palpitations are accompanied",
    },
    Row {
        id: "emergency_palpitations_dizzy_or_breathless",
        ticks: &["palpitations", "dizzy"],
        onset: Only(&[Hours, Days, NotSure]),
        level: Emergency,
        quote: "Get emergency medical care if heart palpitations are accompanied",
    },
    Row {
        id: "urgent_palpitations_dizzy_or_breathless_longstanding",
        ticks: &["palpitations", "dizzy"],
        onset: Only(&[Weeks, Months]),
        level: Urgent,
        quote: "If you've had these symptoms but they've now stopped",
    },
    Row {
        id: "urgent_palpitations_with_muscle_symptoms",
        ticks: &["palpitations", "leg_weakness"],
        onset: Any,
        level: Urgent,
        quote: "See a health care professional immediately if there is:",
    },
    Row {
        id: "urgent_dizzy_on_water_pill_with_fluid_loss",
        ticks: &["dizzy", "water_pill", "diarrhoea_vomiting"],
        onset: Any,
        level: Urgent,
        quote: "Call your provider right away if you have been",
    },
    Row {
        id: "urgent_potassium_loss_symptoms",
        ticks: &["diarrhoea_vomiting", "leg_weakness"],
        onset: Only(&[Hours, Days, NotSure]),
        level: Urgent,
        quote: "Call your provider right away if you have been",
    },
    Row {
        id: "soon_potassium_loss_symptoms",
        ticks: &["diarrhoea_vomiting", "leg_weakness"],
        onset: Only(&[Weeks, Months]),
        level: Soon,
        quote: "Call your doctor in 1 to 2 days if:",
    },
    Row {
        id: "soon_low_sodium_symptoms",
        ticks: &["water_pill", "nausea_headache"],
        onset: Any,
        level: Soon,
        quote: "Call your healthcare professional if you know you are",
    },
    Row {
        id: "urgent_ppi_spasm",
        ticks: &["acid_reflux_medicine", "muscle_spasms"],
        onset: Any,
        level: Urgent,
        quote: "Seek immediate care if you (or your child) experience",
    },
    Row {
        id: "soon_ppi_muscle_symptoms",
        ticks: &["acid_reflux_medicine", "muscle_cramps"],
        onset: Any,
        level: Soon,
        quote: "Call your doctor in 1 to 2 days if:",
    },
    Row {
        id: "soon_ppi_numbness",
        ticks: &["acid_reflux_medicine", "numb_tingling_feet"],
        onset: Any,
        level: Soon,
        quote: "It's important for vitamin B12 or folate deficiency anaemia",
    },
    Row {
        id: "urgent_tingling_mouth_with_cramps",
        ticks: &["tingling_mouth_fingers", "muscle_cramps"],
        onset: Only(&[Hours, Days, NotSure]),
        level: Urgent,
        quote: "When your body's magnesium level drops too much, it",
    },
    Row {
        id: "urgent_scurvy_bruising_or_gums",
        ticks: &["few_fruit_veg", "leg_bruises_swelling"],
        onset: Any,
        level: Urgent,
        quote: "Urgent advice: Ask for an urgent GP appointment or",
    },
    Row {
        id: "urgent_isoniazid_side_effects",
        ticks: &["isoniazid", "numb_tingling_feet"],
        onset: Any,
        level: Urgent,
        quote: "If any of these symptoms occur, patients should STOP",
    },
    Row {
        id: "urgent_nitrous_oxide_nerve_symptoms",
        ticks: &["nitrous_oxide", "numb_tingling_feet"],
        onset: Any,
        level: Urgent,
        quote: "Seek medical care right away if you notice unusual",
    },
    Row {
        id: "emergency_cancer_spine",
        ticks: &["cancer", "back_pain", "leg_weakness"],
        onset: Any,
        level: Emergency,
        quote: "Contact the MSCC coordinator immediately to discuss the care",
    },
    Row {
        id: "urgent_back_pain_fever",
        ticks: &["back_pain", "fever"],
        onset: Any,
        level: Urgent,
        quote: "You should call 111 or ask for an urgent",
    },
    Row {
        id: "emergency_breathless_swollen_ankles_sudden",
        ticks: &["breathless", "swollen_ankles"],
        onset: Only(&[Hours]),
        level: Emergency,
        quote: "Call 999 for an ambulance or go to your",
    },
    Row {
        id: "emergency_breathless_swollen_ankles",
        ticks: &["breathless", "swollen_ankles"],
        onset: Only(&[Days, NotSure]),
        level: Emergency,
        quote: "Call 911 or emergency medical assistance · Seek help",
    },
    Row {
        id: "emergency_swollen_calf_breathless",
        ticks: &["swollen_calf", "breathless"],
        onset: Any,
        level: Emergency,
        quote: "Call 911 or emergency medical assistance · Seek help",
    },
    Row {
        id: "emergency_weakness_started_over_days",
        ticks: &["leg_weakness"],
        onset: Only(&[Hours, Days]),
        level: Emergency,
        quote: "Go to the emergency department right away if you",
    },
    Row {
        id: "emergency_swollen_ankles_faint_or_dizzy",
        ticks: &["swollen_ankles", "dizzy"],
        onset: Only(&[Hours, Days, NotSure]),
        level: Emergency,
        quote: "Call 911 or emergency medical assistance · Seek help",
    },
    Row {
        id: "urgent_muscle_pain_with_dizziness",
        ticks: &["muscle_pain", "dizzy"],
        onset: Any,
        level: Urgent,
        quote: "Get immediate medical care if you have muscle pain",
    },
    Row {
        id: "urgent_fatigue_with_breathless_palpitations_or_fainting",
        ticks: &["fatigue", "fainted"],
        onset: Any,
        level: Urgent,
        quote: "See a healthcare professional right away for fatigue",
    },
    Row {
        id: "urgent_joint_pain_with_fever",
        ticks: &["joint_pain", "fever"],
        onset: Any,
        level: Urgent,
        quote: "Ask for an urgent GP appointment or get help from NHS 111 if: ... you have sore joints",
    },
    Row {
        id: "urgent_statin_weakness_or_dark_urine",
        ticks: &["statin", "thigh_weakness"],
        onset: Any,
        level: Urgent,
        quote: "If you have symptoms of rhabdomyolysis, stop taking",
    },
    Row {
        id: "urgent_metformin_b12_symptoms",
        ticks: &["metformin", "sore_tongue"],
        onset: Any,
        level: Urgent,
        quote: "Taking metformin can cause vitamin B12 deficiency.",
    },
    Row {
        id: "urgent_vomiting_several_days",
        ticks: &["vomiting_days"],
        onset: Any,
        level: Urgent,
        quote: "Ask for an urgent GP appointment or get help from NHS 111 if: ... you or your child have diarrhoea",
    },
];

#[test]
fn every_listed_rule_exists_with_its_level_onset_and_quote() {
    for row in RULES {
        let rule = kb().triage_rules.iter().find(|r| r.id == row.id);
        let rule =
            rule.unwrap_or_else(|| panic!("rule {} is missing from the knowledge base", row.id));
        assert_eq!(rule.level, row.level, "{}", row.id);
        let listed: Vec<Onset> = Onset::ALL
            .into_iter()
            .filter(|o| row.onset.allows(*o))
            .collect();
        let in_kb: Vec<Onset> = Onset::ALL
            .into_iter()
            .filter(|o| rule.when.onset.is_empty() || rule.when.onset.contains(o))
            .collect();
        assert_eq!(listed, in_kb, "{}: onset condition", row.id);
        assert!(
            rule.quote.text.starts_with(row.quote),
            "{}: the quote that sets its level is not the reviewed one: {:?}",
            row.id,
            rule.quote.text
        );
        assert!(rule.sources.contains(&rule.quote.source), "{}", row.id);
    }
}

/// The words in a source that say how soon to get help, most urgent first. A rule's quote
/// sets its level: the level is that of the first group whose words the quote contains
/// ("Seek immediate care" is today, not 999; "is a medical emergency" is 999). Where two
/// allow-listed pages give different advice for the same picture, the one that names the
/// onset (sudden, gradual) sets the level for that onset; otherwise the higher one does, and
/// the rule's review names the other (tests/sources/ holds the second reading of every quote).
const LEVEL_WORDS: &[(TriageLevel, &[&str])] = &[
    (
        Emergency,
        &[
            "call 999",
            "phone 999",
            "dial 999",
            "call 911",
            "call 9-1-1",
            "a&e",
            "emergency department",
            "ambulance",
            "medical emergency",
            "oncological emergency",
            "emergency care",
            "emergency medical",
        ],
    ),
    (
        Urgent,
        &[
            "right away",
            "immediately",
            "immediate",
            "urgent",
            "call 111",
            "today",
        ],
    ),
    (
        Soon,
        &[
            "in 1 to 2 days",
            "as soon as possible",
            "call your healthcare professional",
            "call your doctor",
            "consult your doctor",
        ],
    ),
];

fn level_in_words(quote: &str) -> Option<TriageLevel> {
    let quote = quote.to_lowercase();
    LEVEL_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| quote.contains(w)))
        .map(|(level, _)| *level)
}

#[test]
fn every_rule_s_quote_says_its_level_in_words() {
    let wrong: Vec<String> = kb()
        .triage_rules
        .iter()
        .filter(|r| level_in_words(&r.quote.text) != Some(r.level))
        .map(|r| {
            format!(
                "{} is {:?} but its quote says {:?}",
                r.id,
                r.level,
                level_in_words(&r.quote.text)
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_rule_in_the_knowledge_base_is_in_the_table_with_a_quote() {
    for r in &kb().triage_rules {
        assert!(
            RULES.iter().any(|row| row.id == r.id),
            "rule {} has no safety test",
            r.id
        );
        assert!(
            !r.quote.text.trim().is_empty(),
            "rule {} has no quote",
            r.id
        );
    }
}

#[test]
fn every_rule_fires_under_its_onsets_only_and_needs_every_tick() {
    for row in RULES {
        for onset in Onset::ALL {
            let a = assess_onset(row.ticks, onset);
            assert_eq!(
                fired(engine(), &a).contains(&row.id),
                row.onset.allows(onset),
                "{} with onset {onset:?} on {:?}",
                row.id,
                row.ticks
            );
            if row.onset.allows(onset) {
                assert!(a.level >= row.level, "{} at {onset:?}", row.id);
            }
        }
        // Unanswered counts as not sure.
        assert_eq!(
            fired(engine(), &assess(row.ticks)).contains(&row.id),
            row.onset.allows(Onset::NotSure),
            "{} unanswered",
            row.id
        );
        for left_out in row.ticks {
            let fewer: Vec<&str> = row
                .ticks
                .iter()
                .copied()
                .filter(|p| p != left_out)
                .collect();
            for onset in Onset::ALL {
                assert!(
                    !fired(engine(), &assess_onset(&fewer, onset)).contains(&row.id),
                    "{} fires without {left_out}",
                    row.id
                );
            }
        }
    }
}

#[test]
fn warning_signs_own_rules_are_never_gated_by_onset() {
    for f in kb()
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::WarningSign)
    {
        for onset in Onset::ALL {
            assert!(
                assess_onset(&[&f.id], onset).level >= Urgent,
                "{} at {onset:?}",
                f.id
            );
        }
    }
}

#[test]
fn combination_rules_fire_through_every_alternative_of_a_group() {
    for r in kb()
        .triage_rules
        .iter()
        .filter(|r| !r.when.any_of.is_empty())
    {
        for (g, group) in r.when.any_of.iter().enumerate() {
            for choice in group {
                let mut picks: Vec<&str> = r.when.all_of.iter().map(String::as_str).collect();
                for (other, alternatives) in r.when.any_of.iter().enumerate() {
                    picks.push(if other == g { choice } else { &alternatives[0] });
                }
                // Under an onset the rule fires for (not sure when it lists none).
                let onset = r.when.onset.first().copied().unwrap_or(Onset::NotSure);
                assert!(
                    fired(engine(), &assess_onset(&picks, onset)).contains(&r.id.as_str()),
                    "{} via {choice}",
                    r.id
                );
            }
        }
    }
}

#[test]
fn one_level_of_advice_is_given_even_when_urgent_and_emergency_rules_fire() {
    let a = assess(&["swollen_calf", "paralysis"]);
    assert_eq!(a.level, Emergency);
    assert_eq!(
        engine().rule(a.fired[0]).level,
        Emergency,
        "the most urgent reason comes first"
    );
}

/// (caution id, deficiency whose card shows it or "" for a general caution, a finding that
/// makes it show).
const CAUTIONS: &[(&str, &str, &str)] = &[
    (
        "potassium_kidney_or_medicines",
        "potassium",
        "kidney_disease",
    ),
    (
        "potassium_kidney_or_medicines",
        "potassium",
        "ace_inhibitor_arb",
    ),
    (
        "potassium_kidney_or_medicines",
        "potassium",
        "potassium_sparing_diuretic",
    ),
    ("folic_acid_hides_b12", "vitamin_b12", "takes_folic_acid"),
    ("folic_acid_hides_b12", "folate", "takes_folic_acid"),
    ("no_salt_advice", "sodium", "water_pill"),
    ("no_salt_advice", "sodium", "antidepressant"),
    ("phosphate_no_self_treatment", "phosphate", "refeeding"),
    ("b6_excess", "vitamin_b6", "high_dose_b6"),
    ("copper_zinc", "copper", "high_dose_zinc"),
    ("iron_blood_loss", "iron", "no_periods"),
    ("never_stop_medicine", "", "metformin"),
    ("never_stop_medicine", "", "statin"),
    ("never_stop_medicine", "", "blood_thinner"),
    ("magnesium_kidney", "magnesium", "kidney_disease"),
    ("calcium_supplements", "calcium", "calcium_vitd_supplements"),
    ("calcium_supplements", "calcium", "kidney_disease"),
    ("vitamin_e_blood_thinner", "vitamin_e", "blood_thinner"),
    (
        "vitamin_d_upper_limit",
        "vitamin_d",
        "calcium_vitd_supplements",
    ),
];

#[test]
fn every_listed_caution_shows_when_its_finding_is_ticked() {
    // The cautions shown for these ticks: general ones, or those on `deficiency`'s card.
    let shown = |picks: &[&str], deficiency: &str| -> Vec<String> {
        let a = assess(picks);
        let on = if deficiency.is_empty() {
            a.general_cautions.clone()
        } else {
            common::find(engine(), &a, deficiency)
                .map(|m| m.cautions.clone())
                .unwrap_or_default()
        };
        on.iter().map(|&c| engine().caution(c).id.clone()).collect()
    };
    for (id, deficiency, finding) in CAUTIONS {
        // A symptom the deficiency lists that does not show the caution, so its card is
        // there without the caution's finding.
        let caution = kb().cautions.iter().find(|c| c.id == *id).unwrap();
        let listed = kb().deficiency(deficiency).map(|d| {
            d.symptoms
                .items
                .iter()
                .map(|l| l.finding.as_str())
                .find(|f| !caution.any_of.iter().any(|a| a == f))
                .expect("a symptom that does not show the caution")
        });
        let base: Vec<&str> = listed.into_iter().collect();
        assert!(
            !shown(&base, deficiency).contains(&id.to_string()),
            "{id} shows without {finding}"
        );
        let mut with: Vec<&str> = base.clone();
        with.push(finding);
        assert!(
            shown(&with, deficiency).contains(&id.to_string()),
            "{id} does not show for {finding}"
        );
    }
    for c in &kb().cautions {
        assert!(
            CAUTIONS.iter().any(|(id, _, _)| *id == c.id),
            "caution {} has no safety test",
            c.id
        );
    }
}

#[test]
fn advice_never_says_to_eat_more_salt() {
    let text = legcheck::kb::EMBEDDED_JSON.to_lowercase();
    for phrase in [
        "eat more salt",
        "add more salt",
        "add salt to",
        "take salt tablets",
    ] {
        for (at, _) in text.match_indices(phrase) {
            let before = &text[at.saturating_sub(30)..at];
            assert!(
                before.contains("not") || before.contains("never"),
                "advice says {phrase:?}"
            );
        }
    }
}

/// (mimic id, ticks that match it).
const MIMICS: &[(&str, &[&str])] = &[
    ("stroke", &["one_sided_weakness"]),
    ("guillain_barre", &["rising_from_feet"]),
    (
        "guillain_barre",
        &["weakness_after_infection", "leg_weakness"],
    ),
    ("spinal_compression", &["back_pain", "bladder_bowel_loss"]),
    (
        "spinal_nerve_pressure",
        &["back_pain", "numb_tingling_feet", "leg_weakness"],
    ),
    ("statin_myopathy", &["statin", "muscle_pain"]),
    ("dvt", &["swollen_calf"]),
    ("limb_ischaemia", &["cold_pale_leg"]),
    ("high_blood_sugar", &["passing_lots_of_urine", "fatigue"]),
    (
        "high_calcium",
        &["calcium_vitd_supplements", "passing_lots_of_urine"],
    ),
    ("steroid_myopathy", &["steroid_medicine", "thigh_weakness"]),
];

#[test]
fn every_listed_mimic_matches_and_no_deficiency_is_strong_on_it_alone() {
    let kb = kb();
    for (id, picks) in MIMICS {
        let a = assess(picks);
        assert!(
            a.mimics.iter().any(|&m| engine().mimic(m).id == *id),
            "mimic {id} does not match {picks:?}"
        );
        // The whole pattern, every alternative ticked, still gives no strong deficiency.
        let m = kb.mimics.iter().find(|m| m.id == *id).unwrap();
        let all: Vec<&str> = m.when.findings().map(String::as_str).collect();
        let strong: Vec<&str> = assess(&all)
            .matches
            .iter()
            .filter(|m| m.strength == Strength::Strong)
            .map(|m| engine().deficiency(m.deficiency).id.as_str())
            .collect();
        assert!(strong.is_empty(), "{id}: {strong:?} strong");
    }
    for m in &kb.mimics {
        assert!(
            MIMICS.iter().any(|(id, _)| *id == m.id),
            "mimic {} has no safety test",
            m.id
        );
    }
}

fn finding_ids() -> Vec<String> {
    kb().findings.iter().map(|f| f.id.clone()).collect()
}

proptest! {
    // A fixed seed keeps CI runs reproducible; change it locally to explore further.
    #![proptest_config(ProptestConfig {
        cases: 500,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20261126),
        ..ProptestConfig::default()
    })]

    /// Adding a finding never lowers the care level, and every rule that fired still fires.
    #[test]
    fn adding_a_finding_never_lowers_triage(
        picks in proptest::sample::subsequence(finding_ids(), 0..15),
        extra in proptest::sample::select(finding_ids()),
    ) {
        let before: Vec<&str> = picks.iter().map(String::as_str).collect();
        let mut after = before.clone();
        after.push(&extra);
        let (b, a) = (assess(&before), assess(&after));
        prop_assert!(a.level >= b.level);
        for r in &b.fired {
            prop_assert!(a.fired.contains(r));
        }
    }
}
