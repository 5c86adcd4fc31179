//! The sentence per question of «Sammenlign kommuner»: who answered what, then the reference
//! share («Bergen og Oslo svarer «I svært stor grad», Trondheim «I ganske stor grad»; i hele
//! landet svarer 66 % «I stor grad».»). Clauses are worded by `wording::comparison`.

use crate::data::register::OrgType;
use crate::model::comparison_view::{Answer, ComparedQuestion, ComparisonView, ReferenceScope};
use crate::stats::figure::Figure;
use crate::text::format::with_first_letter;
use crate::wording::comparison::*;
use crate::wording::phrases::figure_text;

/// The reference scope as the wording takes it (`None`: both types).
pub fn scope_type(scope: ReferenceScope) -> Option<OrgType> {
    match scope {
        ReferenceScope::Kommuner => Some(OrgType::Kommune),
        ReferenceScope::Fylkeskommuner => Some(OrgType::Fylkeskommune),
        ReferenceScope::Both => None,
    }
}

/// An answer in words, as the table, the CSV and the images show it: its label, or why there
/// is none.
pub fn answer_words(answer: &Answer) -> &str {
    match answer {
        Answer::Given { label, .. } => label,
        Answer::Blank => BLANK,
        Answer::NotParticipating => NOT_PARTICIPATING,
    }
}

/// The names of the organisations whose answer satisfies `wanted`, in the view's order.
fn names_where(
    view: &ComparisonView,
    answers: &[Answer],
    mut wanted: impl FnMut(&Answer) -> bool,
) -> Vec<String> {
    view.organisations
        .iter()
        .zip(answers)
        .filter(|(_, a)| wanted(a))
        .map(|(o, _)| o.unique_name.clone())
        .collect()
}

/// The clauses for those who did not take part and those who left it blank.
fn absent_clauses(view: &ComparisonView, answers: &[Answer]) -> Vec<String> {
    let mut clauses = Vec::new();
    let absent = names_where(view, answers, |a| *a == Answer::NotParticipating);
    if !absent.is_empty() {
        clauses.push(not_participating(&absent));
    }
    let blanks = names_where(view, answers, |a| *a == Answer::Blank);
    if !blanks.is_empty() {
        clauses.push(blank(&blanks));
    }
    clauses
}

/// The question's sentence.
pub fn question_sentence(view: &ComparisonView, question: &ComparedQuestion) -> String {
    let scope = scope_type(view.reference);
    let mut clauses: Vec<String> = Vec::new();
    let reference = if !question.has_items {
        let item = &question.items[0];
        // One group per answer given, from the headline end of the scale, «Vet ikke» last.
        let ranks: Vec<usize> = if question.headline_last {
            (0..question.scale_len).rev().collect()
        } else {
            (0..question.scale_len).collect()
        };
        for dont_know in [false, true] {
            for &rank in &ranks {
                let mut label = None;
                let names = names_where(view, &item.answers, |a| match a {
                    Answer::Given {
                        rank: r,
                        dont_know: d,
                        label: l,
                        ..
                    } if *r == rank && *d == dont_know => {
                        label = Some(l.clone());
                        true
                    }
                    _ => false,
                });
                let Some(label) = label else { continue };
                clauses.push(if clauses.is_empty() {
                    answered_first(&names, &label)
                } else {
                    answered_next(&names, &label)
                });
            }
        }
        clauses.extend(absent_clauses(view, &item.answers));
        let mut reference = match &item.country {
            Ok(e) => Some(crate::wording::comparison::reference(
                scope,
                &figure_text(&Figure::of(Ok(*e))),
                &question.headline_label,
            )),
            Err(_) => None,
        };
        if let (Some(text), Some(Ok(e))) = (&mut reference, &item.filtered) {
            text.push_str(", ");
            text.push_str(&filtered(&figure_text(&Figure::of(Ok(*e)))));
        }
        reference
    } else {
        let total = question.items.len();
        for (o, org) in view.organisations.iter().enumerate() {
            if !org.responded {
                continue;
            }
            let count = question
                .items
                .iter()
                .filter(|item| {
                    item.answers[o]
                        .code()
                        .is_some_and(|c| question.headline_codes.contains(&c))
                })
                .count();
            clauses.push(if clauses.is_empty() {
                items_first(&org.unique_name, count, total, &question.headline_label)
            } else {
                items_next(&org.unique_name, count, total)
            });
        }
        let absent: Vec<String> = view
            .organisations
            .iter()
            .filter(|o| !o.responded)
            .map(|o| o.unique_name.clone())
            .collect();
        if !absent.is_empty() {
            clauses.push(not_participating(&absent));
        }
        let shares: Vec<f64> = question
            .items
            .iter()
            .filter_map(|i| i.country.as_ref().ok().map(|e| e.share))
            .collect();
        let low = shares.iter().copied().fold(f64::INFINITY, f64::min);
        let high = shares.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (!shares.is_empty()).then(|| {
            reference_range(
                scope,
                &crate::text::format::format_percent(low, 0),
                &crate::text::format::format_percent(high, 0),
                &question.headline_label,
            )
        })
    };
    let mut sentence = clauses.join(", ");
    if let Some(reference) = reference {
        if sentence.is_empty() {
            sentence = reference;
        } else {
            sentence = format!("{sentence}; {reference}");
        }
    }
    format!("{}.", with_first_letter(&sentence, true))
}
