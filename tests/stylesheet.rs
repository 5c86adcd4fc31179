//! The stylesheet's braces pair up: a stray `}` is no error to a browser, which quietly drops
//! the rule after it (it once took `.theme-head`'s layout away).

#[test]
fn every_brace_of_the_stylesheet_closes_one_it_opened() {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    let mut depth = 0i32;
    let mut rest = css.as_str();
    let mut line = 1;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            let end = rest.find("*/").expect("an unclosed comment") + 2;
            line += rest[..end].matches('\n').count();
            rest = &rest[end..];
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                assert!(
                    depth >= 0,
                    "style/main.css line {line}: a `}}` closes nothing"
                );
            }
            '\n' => line += 1,
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    assert_eq!(depth, 0, "style/main.css: {depth} rule(s) left open");
}
