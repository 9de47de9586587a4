//! Writes parsed content back out as Rust expressions (`Cow::Borrowed` literals), so the app
//! carries its content as static data: no parser in the wasm, nothing to go wrong at run time.

use std::borrow::Cow;

use crate::schema::*;

pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        out.push_str(&format!("Cow::Borrowed({:?})", self.as_ref()));
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push_str(",\n");
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Bake for u8 {
    fn bake(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl Bake for u16 {
    fn bake(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

/// Closed lists (`slug_enum!` in the schema): the variant by name.
macro_rules! bake_enum {
    ($($name:ident),+) => {
        $(impl Bake for $name {
            fn bake(&self, out: &mut String) {
                out.push_str(&format!(concat!(stringify!($name), "::{:?}"), self));
            }
        })+
    };
}

bake_enum!(
    Audience,
    Topic,
    Technique,
    Grade,
    SourceKind,
    OutcomeKind,
    FigureKind,
    Level,
    MockKind
);

/// Structs: the field list is checked by the compiler twice, here (each field must exist)
/// and in the generated code (every field must be given).
macro_rules! bake_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Bake for $name {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}

bake_struct!(Text { nl, en });
bake_struct!(Source {
    id,
    publisher,
    title,
    url,
    grade,
    kind,
    checked
});
bake_struct!(Phone {
    display,
    tel,
    verified,
    note
});
bake_struct!(Channel {
    id,
    name,
    phones,
    url,
    when,
    not_for,
    availability,
    after,
    excludes,
    sources,
    checked,
    verified
});
bake_struct!(Municipality {
    id,
    name,
    website,
    phones,
    report_url,
    police_team,
    note,
    sources,
    checked,
    verified
});
bake_struct!(Tip {
    slug,
    audiences,
    topic,
    title,
    recognise,
    steps,
    channels,
    melden,
    sources,
    checked
});
bake_struct!(ChecklistItem {
    id,
    text,
    why,
    how,
    weight
});
bake_struct!(ChecklistSection { id, title, items });
bake_struct!(Checklist {
    slug,
    audiences,
    title,
    intro,
    sections,
    sources,
    checked
});
bake_struct!(Question {
    id,
    title,
    hint,
    options,
    municipalities,
    hints_after,
    next
});
bake_struct!(AnswerOption {
    id,
    label,
    hint,
    sensitive
});
bake_struct!(Rule {
    when,
    goto,
    outcome
});
bake_struct!(Advice { channel, why });
bake_struct!(Outcome {
    id,
    emergency,
    anonymous,
    saar,
    kind,
    title,
    primary,
    others,
    afterwards,
    say,
    first,
    ready,
    warnings
});
bake_struct!(Figure {
    id,
    seed_label,
    kind,
    label,
    values
});
bake_struct!(Rating {
    municipality,
    tenths,
    mark
});
bake_struct!(AppLink { path, label });
bake_struct!(Priority {
    id,
    municipalities,
    scope,
    title,
    why,
    act,
    links,
    source
});
bake_struct!(QuizItem {
    id,
    levels,
    kind,
    real,
    from,
    body,
    signs,
    explain,
    techniques,
    set
});
bake_struct!(QuizSign { text, why });
bake_struct!(Warning {
    id,
    start,
    end,
    audiences,
    title,
    text,
    tip,
    sources,
    checked
});
bake_struct!(GroupInfo {
    municipality,
    url,
    sources,
    checked
});
