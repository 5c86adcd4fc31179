//! The filter and comparison controls: native radios and checkboxes in fieldsets, and a live
//! status line that screen readers announce.

use super::text;
use crate::aggregate::Grouping;
use crate::dataset::Dataset;
use crate::view_state::{Split, TypeChoice, ViewState};
use leptos::prelude::*;
use std::collections::BTreeSet;

fn toggle(set: &mut BTreeSet<String>, value: &str, on: bool) {
    if on {
        set.insert(value.to_string());
    } else {
        set.remove(value);
    }
}

/// Which set of the state a group of checkboxes edits.
#[derive(Clone, Copy)]
enum ListField {
    Size,
    Landsdel,
    Fylke,
}

fn field(state: &mut ViewState, which: ListField) -> &mut BTreeSet<String> {
    match which {
        ListField::Size => &mut state.sizes,
        ListField::Landsdel => &mut state.landsdeler,
        ListField::Fylke => &mut state.fylker,
    }
}

fn field_ref(state: &ViewState, which: ListField) -> &BTreeSet<String> {
    match which {
        ListField::Size => &state.sizes,
        ListField::Landsdel => &state.landsdeler,
        ListField::Fylke => &state.fylker,
    }
}

fn checkboxes(state: RwSignal<ViewState>, which: ListField, options: Vec<(String, String)>) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            let checked_value = value.clone();
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        value=value.clone()
                        prop:checked=move || state.with(|s| field_ref(s, which).contains(&checked_value))
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            state.update(|s| toggle(field(s, which), &value, on));
                        }
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view()
}

/// A group of radio buttons for one choice of the state.
fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    state: RwSignal<ViewState>,
    options: Vec<(T, &'static str)>,
    key: fn(T) -> &'static str,
    current: fn(&ViewState) -> T,
    choose: fn(&mut ViewState, T),
) -> impl IntoView {
    options
        .into_iter()
        .map(|(choice, label)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=key(choice)
                        prop:checked=move || state.with(|s| current(s) == choice)
                        on:change=move |_| state.update(|s| choose(s, choice))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view()
}

/// The choices of «Sammenlign etter», in the order shown.
pub fn split_options() -> Vec<(Split, &'static str)> {
    vec![
        (Split::By(Grouping::Type), text::SPLIT_TYPE),
        (Split::By(Grouping::SizeClass), text::SPLIT_SIZE),
        (Split::By(Grouping::Landsdel), text::SPLIT_LANDSDEL),
        (Split::By(Grouping::Fylke), text::SPLIT_FYLKE),
        (Split::None, text::SPLIT_NONE),
    ]
}

#[component]
pub fn Filters(data: &'static Dataset, state: RwSignal<ViewState>, status: Signal<String>) -> impl IntoView {
    let types = radios(
        "type",
        state,
        vec![
            (TypeChoice::Both, text::TYPE_BOTH),
            (TypeChoice::Kommune, text::TYPE_KOMMUNE),
            (TypeChoice::Fylkeskommune, text::TYPE_FYLKESKOMMUNE),
        ],
        TypeChoice::key,
        |s| s.types,
        |s, choice| s.types = choice,
    );
    let splits = radios(
        "split",
        state,
        split_options(),
        Split::key,
        ViewState::split,
        |s, split| s.split_choice = Some(split),
    );
    let sizes = data.codebook.size_classes.iter().map(|c| (c.id.clone(), c.label.nb.clone())).collect();
    let landsdeler = data.register.landsdeler().into_iter().map(|l| (l.clone(), l)).collect();
    let fylker = data.register.fylker().into_iter().map(|(nr, name)| (nr.clone(), format!("{name} ({nr})"))).collect();
    let fylke_count = move || {
        let n = state.with(|s| s.fylker.len());
        if n == 0 { text::FYLKE_SUMMARY.to_string() } else { format!("{} ({n} {})", text::FYLKE_SUMMARY, text::SELECTED) }
    };

    view! {
        <section class="filters" aria-labelledby="utvalg-tittel">
            <h2 id="utvalg-tittel">{text::FILTERS_HEADING}</h2>
            <div class="filter-grid">
                <fieldset><legend>{text::TYPE_LEGEND}</legend>{types}</fieldset>
                <fieldset><legend>{text::SIZE_LEGEND}</legend>{checkboxes(state, ListField::Size, sizes)}</fieldset>
                <fieldset><legend>{text::LANDSDEL_LEGEND}</legend>{checkboxes(state, ListField::Landsdel, landsdeler)}</fieldset>
                <fieldset class="fylker">
                    <legend>{text::FYLKE_LEGEND}</legend>
                    <details>
                        <summary>{fylke_count}</summary>
                        <div class="fylke-list">{checkboxes(state, ListField::Fylke, fylker)}</div>
                    </details>
                </fieldset>
                <fieldset><legend>{text::SPLIT_LEGEND}</legend>{splits}</fieldset>
            </div>
            <div class="filter-footer">
                <p class="status" role="status" aria-live="polite">{move || status.get()}</p>
                <button type="button" class="reset" on:click=move |_| state.set(ViewState::default())
                    disabled=move || state.with(ViewState::is_default)>{text::RESET}</button>
            </div>
        </section>
    }
}
