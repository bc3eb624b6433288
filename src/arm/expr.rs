//! ARM template expressions (`"[concat(parameters('prefix'), '-gpu')]"`): the pure functions
//! evaluated as Azure Resource Manager does, everything that depends on the deployment
//! (`resourceGroup()`, `reference()`, `uniqueString()`, ...) or that amlint does not know left
//! [`Ev::Unknown`]. Bounded: nesting, the work of one file, and the length of what is built.

/// A value an expression yields.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ev {
    Str(String),
    Int(i64),
    Bool(bool),
    Null,
    Array(Vec<Ev>),
    Object(Vec<(String, Ev)>),
    /// Known only when the template is deployed, or beyond what amlint evaluates.
    Unknown,
}

/// Where the names an expression uses are looked up.
pub(crate) trait Env {
    fn parameter(&mut self, name: &str) -> Ev;
    fn variable(&mut self, name: &str) -> Ev;
    /// `copyIndex()` of the loop named (the resource's own when `None`).
    fn copy_index(&self, name: Option<&str>) -> Ev;
    /// Spends one step of the file's budget; `false` once it is spent.
    fn step(&mut self) -> bool;
    /// Whether a value holds a secret's text (a secure parameter's, or one made from it).
    fn tainted(&self, value: &Ev) -> bool;
    /// A value made from a secret, as the rules may see it ([`conceal`]).
    fn conceal(&mut self, value: Ev) -> Ev;
}

/// Deepest nesting of calls, indexes and accessors in one expression.
const MAX_DEPTH: usize = 32;
/// Longest text an expression may build.
const MAX_TEXT: usize = 64 * 1024;

/// Whether a JSON string is an expression: `[...]`, but not `[[...`, which stands for the text
/// without its first `[`.
#[must_use]
pub(crate) fn is_expression(text: &str) -> bool {
    text.starts_with('[') && text.ends_with(']') && !text.starts_with("[[") && text.len() >= 2
}

/// A JSON string of a template as ARM reads it: an expression's value, `[[` unescaped, or the
/// text itself.
pub(crate) fn evaluate_string(text: &str, env: &mut dyn Env) -> Ev {
    if is_expression(text) {
        let inner = &text[1..text.len() - 1];
        let mut parser = Parser {
            text: inner,
            at: 0,
            depth: 0,
        };
        match parser.expression(env) {
            Some(value) if parser.at_end() => value,
            _ => Ev::Unknown,
        }
    } else if let Some(rest) = text.strip_prefix("[[") {
        Ev::Str(format!("[{rest}"))
    } else {
        Ev::Str(text.to_owned())
    }
}

struct Parser<'t> {
    text: &'t str,
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start().len();
    }

    fn at_end(&mut self) -> bool {
        self.skip_space();
        self.at == self.text.len()
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_space();
        self.text[self.at..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// An expression and the accessors after it (`.name`, `[index]`). `None` when it does not
    /// parse.
    fn expression(&mut self, env: &mut dyn Env) -> Option<Ev> {
        if self.depth >= MAX_DEPTH || !env.step() {
            return None;
        }
        self.depth += 1;
        let mut value = self.primary(env)?;
        loop {
            if self.eat('.') {
                let name = self.identifier()?;
                value = member(&value, name);
            } else if self.eat('[') {
                let index = self.expression(env)?;
                if !self.eat(']') {
                    return None;
                }
                value = match (&value, &index) {
                    (Ev::Array(items), Ev::Int(i)) => usize::try_from(*i)
                        .ok()
                        .and_then(|i| items.get(i).cloned())
                        .unwrap_or(Ev::Unknown),
                    (Ev::Object(_), Ev::Str(name)) => member(&value, name),
                    _ => Ev::Unknown,
                };
            } else {
                break;
            }
        }
        self.depth -= 1;
        Some(value)
    }

    fn identifier(&mut self) -> Option<&str> {
        self.skip_space();
        let rest = &self.text[self.at..];
        let len = rest
            .char_indices()
            .find(|(i, c)| {
                !(c.is_ascii_alphabetic() || *c == '_' || (*i > 0 && c.is_ascii_digit()))
            })
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            return None;
        }
        self.at += len;
        Some(&rest[..len])
    }

    fn primary(&mut self, env: &mut dyn Env) -> Option<Ev> {
        match self.peek()? {
            '\'' => self.string().map(Ev::Str),
            c if c == '-' || c.is_ascii_digit() => self.number(),
            _ => {
                let name = self.identifier()?.to_ascii_lowercase();
                if !self.eat('(') {
                    return None;
                }
                let mut args = Vec::new();
                if !self.eat(')') {
                    loop {
                        args.push(self.expression(env)?);
                        if self.eat(')') {
                            break;
                        }
                        if !self.eat(',') {
                            return None;
                        }
                    }
                }
                Some(call(&name, args, env))
            }
        }
    }

    /// A quoted string; `''` is a quote.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let quote = rest.find('\'')?;
            out.push_str(&rest[..quote]);
            self.at += quote + 1;
            if self.text[self.at..].starts_with('\'') {
                out.push('\'');
                self.at += 1;
            } else {
                return Some(out);
            }
        }
    }

    fn number(&mut self) -> Option<Ev> {
        let rest = &self.text[self.at..];
        let len = rest
            .char_indices()
            .find(|(i, c)| !(c.is_ascii_digit() || (*i == 0 && *c == '-')))
            .map_or(rest.len(), |(i, _)| i);
        self.at += len;
        rest[..len].parse().ok().map(Ev::Int)
    }
}

fn member(value: &Ev, name: &str) -> Ev {
    match value {
        Ev::Object(entries) => entries
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map_or(Ev::Unknown, |(_, v)| v.clone()),
        _ => Ev::Unknown,
    }
}

fn text(value: &Ev) -> Option<String> {
    match value {
        Ev::Str(s) => Some(s.clone()),
        Ev::Int(i) => Some(i.to_string()),
        Ev::Bool(b) => Some(if *b { "True" } else { "False" }.to_owned()),
        _ => None,
    }
}

fn bounded(text: String) -> Ev {
    if text.len() > MAX_TEXT {
        Ev::Unknown
    } else {
        Ev::Str(text)
    }
}

/// Every argument known, or `Unknown`.
/// A secret value as the rules may see it: its texts kept and added to `secrets` (so they are
/// masked wherever they are shown), anything else unknown — a number or a flag cannot be masked in
/// a message that quotes it or computes from it.
pub(crate) fn conceal(value: Ev, secrets: &mut Vec<String>) -> Ev {
    match value {
        Ev::Str(s) => {
            if !s.is_empty() {
                secrets.push(s.clone());
            }
            Ev::Str(s)
        }
        Ev::Array(items) => Ev::Array(items.into_iter().map(|v| conceal(v, secrets)).collect()),
        Ev::Object(entries) => Ev::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k, conceal(v, secrets)))
                .collect(),
        ),
        Ev::Null => Ev::Null,
        Ev::Int(_) | Ev::Bool(_) | Ev::Unknown => Ev::Unknown,
    }
}

/// Whether any text of `value` holds one of `secrets`.
pub(crate) fn holds_secret(value: &Ev, secrets: &[String]) -> bool {
    match value {
        _ if secrets.is_empty() => false,
        Ev::Str(s) => secrets.iter().any(|secret| s.contains(secret.as_str())),
        Ev::Array(items) => items.iter().any(|v| holds_secret(v, secrets)),
        Ev::Object(entries) => entries.iter().any(|(_, v)| holds_secret(v, secrets)),
        _ => false,
    }
}

fn known(args: &[Ev]) -> bool {
    !args.iter().any(|a| matches!(a, Ev::Unknown))
}

/// A function's value; made from a secret, it is one too: `toLower()` of a password must be
/// masked as the password is, and its length is not shown at all.
fn call(name: &str, args: Vec<Ev>, env: &mut dyn Env) -> Ev {
    let tainted = args.iter().any(|arg| env.tainted(arg));
    let value = apply(name, args, env);
    if tainted { env.conceal(value) } else { value }
}

fn apply(name: &str, args: Vec<Ev>, env: &mut dyn Env) -> Ev {
    let first = args.first().cloned().unwrap_or(Ev::Unknown);
    let one_text = |f: fn(&str) -> String| match &first {
        Ev::Str(s) if args.len() == 1 => bounded(f(s)),
        _ => Ev::Unknown,
    };
    match name {
        "parameters" => match (&first, args.len()) {
            (Ev::Str(name), 1) => env.parameter(name),
            _ => Ev::Unknown,
        },
        "variables" => match (&first, args.len()) {
            (Ev::Str(name), 1) => env.variable(name),
            _ => Ev::Unknown,
        },
        "copyindex" => {
            let (name, offset) = match args.as_slice() {
                [] => (None, 0),
                [Ev::Int(offset)] => (None, *offset),
                [Ev::Str(name)] => (Some(name.as_str()), 0),
                [Ev::Str(name), Ev::Int(offset)] => (Some(name.as_str()), *offset),
                _ => return Ev::Unknown,
            };
            match env.copy_index(name) {
                Ev::Int(i) => i.checked_add(offset).map_or(Ev::Unknown, Ev::Int),
                _ => Ev::Unknown,
            }
        }
        _ if !known(&args) => {
            // `if` and `coalesce` may not need what is unknown.
            match name {
                "if" => match args.as_slice() {
                    [Ev::Bool(true), a, _] => a.clone(),
                    [Ev::Bool(false), _, b] => b.clone(),
                    _ => Ev::Unknown,
                },
                "coalesce" => args
                    .iter()
                    .find(|a| !matches!(a, Ev::Null))
                    .filter(|a| !matches!(a, Ev::Unknown))
                    .cloned()
                    .unwrap_or(Ev::Unknown),
                _ => Ev::Unknown,
            }
        }
        "concat" => {
            if args.iter().all(|a| matches!(a, Ev::Array(_))) && !args.is_empty() {
                Ev::Array(
                    args.into_iter()
                        .flat_map(|a| match a {
                            Ev::Array(items) => items,
                            _ => Vec::new(),
                        })
                        .collect(),
                )
            } else {
                args.iter()
                    .map(text)
                    .collect::<Option<String>>()
                    .map_or(Ev::Unknown, bounded)
            }
        }
        "format" => match args.split_first() {
            Some((Ev::Str(template), rest)) => format(template, rest).map_or(Ev::Unknown, bounded),
            _ => Ev::Unknown,
        },
        "tolower" => one_text(str::to_lowercase),
        "toupper" => one_text(str::to_uppercase),
        "trim" => one_text(|s| s.trim().to_owned()),
        "replace" => match args.as_slice() {
            [Ev::Str(s), Ev::Str(old), Ev::Str(new)] if !old.is_empty() => {
                bounded(s.replace(old.as_str(), new))
            }
            _ => Ev::Unknown,
        },
        "string" => match &first {
            Ev::Str(_) | Ev::Int(_) => text(&first).map_or(Ev::Unknown, Ev::Str),
            Ev::Bool(b) => Ev::Str(if *b { "True" } else { "False" }.to_owned()),
            _ => Ev::Unknown,
        },
        "int" => match &first {
            Ev::Int(i) => Ev::Int(*i),
            Ev::Str(s) => s.trim().parse().map_or(Ev::Unknown, Ev::Int),
            _ => Ev::Unknown,
        },
        "bool" => match &first {
            Ev::Bool(b) => Ev::Bool(*b),
            Ev::Int(i) => Ev::Bool(*i != 0),
            Ev::Str(s) if s.eq_ignore_ascii_case("true") => Ev::Bool(true),
            Ev::Str(s) if s.eq_ignore_ascii_case("false") => Ev::Bool(false),
            _ => Ev::Unknown,
        },
        "if" => match args.as_slice() {
            [Ev::Bool(c), a, b] => {
                if *c {
                    a.clone()
                } else {
                    b.clone()
                }
            }
            _ => Ev::Unknown,
        },
        "equals" => match args.as_slice() {
            [Ev::Str(a), Ev::Str(b)] => Ev::Bool(a.eq_ignore_ascii_case(b)),
            [a, b] => Ev::Bool(a == b),
            _ => Ev::Unknown,
        },
        "not" => match args.as_slice() {
            [Ev::Bool(b)] => Ev::Bool(!b),
            _ => Ev::Unknown,
        },
        "and" | "or" => {
            let bools: Option<Vec<bool>> = args
                .iter()
                .map(|a| match a {
                    Ev::Bool(b) => Some(*b),
                    _ => None,
                })
                .collect();
            match bools {
                Some(b) if b.len() >= 2 && name == "and" => Ev::Bool(b.iter().all(|x| *x)),
                Some(b) if b.len() >= 2 => Ev::Bool(b.iter().any(|x| *x)),
                _ => Ev::Unknown,
            }
        }
        "coalesce" => args
            .into_iter()
            .find(|a| !matches!(a, Ev::Null))
            .unwrap_or(Ev::Null),
        "empty" => match &first {
            Ev::Str(s) => Ev::Bool(s.is_empty()),
            Ev::Array(a) => Ev::Bool(a.is_empty()),
            Ev::Object(o) => Ev::Bool(o.is_empty()),
            Ev::Null => Ev::Bool(true),
            _ => Ev::Unknown,
        },
        "length" => match &first {
            Ev::Str(s) => i64::try_from(s.chars().count()).map_or(Ev::Unknown, Ev::Int),
            Ev::Array(a) => i64::try_from(a.len()).map_or(Ev::Unknown, Ev::Int),
            Ev::Object(o) => i64::try_from(o.len()).map_or(Ev::Unknown, Ev::Int),
            _ => Ev::Unknown,
        },
        "createarray" => Ev::Array(args),
        // JSON text of a literal (`json('null')`, `json('4')`); objects and lists stay unknown.
        "json" => match &first {
            Ev::Str(s) if args.len() == 1 => match s.trim() {
                "null" => Ev::Null,
                "true" => Ev::Bool(true),
                "false" => Ev::Bool(false),
                t => t.parse().map_or(Ev::Unknown, Ev::Int),
            },
            _ => Ev::Unknown,
        },
        "createobject" if args.len().is_multiple_of(2) => {
            let mut entries = Vec::new();
            for pair in args.chunks(2) {
                match pair {
                    [Ev::Str(key), value] => entries.push((key.clone(), value.clone())),
                    _ => return Ev::Unknown,
                }
            }
            Ev::Object(entries)
        }
        "true" if args.is_empty() => Ev::Bool(true),
        "false" if args.is_empty() => Ev::Bool(false),
        "null" if args.is_empty() => Ev::Null,
        "first" | "last" => {
            let pick = |len: usize| {
                if name == "first" {
                    0
                } else {
                    len.saturating_sub(1)
                }
            };
            match &first {
                Ev::Array(items) => items.get(pick(items.len())).cloned().unwrap_or(Ev::Null),
                Ev::Str(s) => {
                    let chars: Vec<char> = s.chars().collect();
                    chars
                        .get(pick(chars.len()))
                        .map_or(Ev::Str(String::new()), |c| Ev::Str(c.to_string()))
                }
                _ => Ev::Unknown,
            }
        }
        // Anything else depends on the deployment (resourceGroup, reference, uniqueString, ...)
        // or is beyond what amlint evaluates.
        _ => Ev::Unknown,
    }
}

/// .NET's composite format as ARM's `format` uses it: `{0}`, `{1}`, `{{` and `}}`. A format
/// specifier or alignment (`{0:D3}`) is beyond it: `None`.
fn format(template: &str, args: &[Ev]) -> Option<String> {
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut digits = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        d if d.is_ascii_digit() => digits.push(d),
                        _ => return None,
                    }
                }
                let index: usize = digits.parse().ok()?;
                out.push_str(&text(args.get(index)?)?);
                if out.len() > MAX_TEXT {
                    return None;
                }
            }
            '}' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{Env, Ev, evaluate_string};

    struct Fixed {
        steps: usize,
        /// The secrets seen so far: `"secret"` is a secure parameter's value.
        secrets: Vec<String>,
    }

    impl Env for Fixed {
        fn parameter(&mut self, name: &str) -> Ev {
            match name {
                "prefix" => Ev::Str("Team".to_owned()),
                "count" => Ev::Int(3),
                "names" => Ev::Array(vec![Ev::Str("a".to_owned()), Ev::Str("b".to_owned())]),
                "settings" => Ev::Object(vec![("size".to_owned(), Ev::Str("S".to_owned()))]),
                _ => Ev::Unknown,
            }
        }
        fn variable(&mut self, name: &str) -> Ev {
            match name {
                "gpu" => Ev::Bool(true),
                _ => Ev::Unknown,
            }
        }
        fn copy_index(&self, _: Option<&str>) -> Ev {
            Ev::Int(1)
        }
        fn step(&mut self) -> bool {
            self.steps += 1;
            self.steps < 1000
        }
        fn tainted(&self, value: &Ev) -> bool {
            super::holds_secret(value, &self.secrets)
        }
        fn conceal(&mut self, value: Ev) -> Ev {
            super::conceal(value, &mut self.secrets)
        }
    }

    fn eval(text: &str) -> Ev {
        evaluate_string(
            text,
            &mut Fixed {
                steps: 0,
                secrets: Vec::new(),
            },
        )
    }

    fn s(text: &str) -> Ev {
        Ev::Str(text.to_owned())
    }

    #[test]
    fn pure_functions_are_evaluated() {
        assert_eq!(eval("plain"), s("plain"));
        assert_eq!(eval("[[not an expression]"), s("[not an expression]"));
        assert_eq!(eval("[parameters('prefix')]"), s("Team"));
        assert_eq!(
            eval("[toLower(concat(parameters('prefix'), '-', 'GPU'))]"),
            s("team-gpu")
        );
        assert_eq!(
            eval("[format('{0}/{1}', 'ws', parameters('prefix'))]"),
            s("ws/Team")
        );
        assert_eq!(eval("[format('{{{0}}}', 1)]"), s("{1}"));
        assert_eq!(
            eval("[if(variables('gpu'), 'Standard_NC6', 'Standard_DS3_v2')]"),
            s("Standard_NC6")
        );
        assert_eq!(
            eval("[if(equals(parameters('prefix'), 'team'), 1, 2)]"),
            Ev::Int(1)
        );
        assert_eq!(eval("[int('12')]"), Ev::Int(12));
        assert_eq!(eval("[parameters('names')[copyIndex()]]"), s("b"));
        assert_eq!(eval("[concat('n', string(copyIndex(1)))]"), s("n2"));
        assert_eq!(eval("[parameters('settings').size]"), s("S"));
        assert_eq!(eval("['it''s']"), s("it's"));
        assert_eq!(eval("[length(parameters('names'))]"), Ev::Int(2));
        assert_eq!(eval("[coalesce(null(), 'x')]"), s("x"));
        assert_eq!(eval("[json('null')]"), Ev::Null);
        assert_eq!(eval("[json(' 4 ')]"), Ev::Int(4));
    }

    #[test]
    fn what_depends_on_the_deployment_is_unknown() {
        assert_eq!(eval("[resourceGroup().location]"), Ev::Unknown);
        assert_eq!(eval("[concat(parameters('missing'), 'x')]"), Ev::Unknown);
        assert_eq!(eval("[uniqueString(resourceGroup().id)]"), Ev::Unknown);
        assert_eq!(eval("[format('{0:D3}', 1)]"), Ev::Unknown);
        assert_eq!(
            eval("[if(variables('gpu'), 'a', parameters('missing'))]"),
            s("a")
        );
        // Not an expression that parses; text that does not end in `]` is no expression.
        assert_eq!(eval("[concat('a']"), Ev::Unknown);
        assert_eq!(eval("[concat('a'"), s("[concat('a'"));
        assert_eq!(eval("[concat('a') junk]"), Ev::Unknown);
    }

    #[test]
    fn hostile_expressions_are_bounded() {
        let deep = format!("[{}'x'{}]", "concat(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(eval(&deep), Ev::Unknown);
        let wide = format!("[concat({})]", vec!["'x'"; 5000].join(","));
        assert_eq!(eval(&wide), Ev::Unknown);
    }
}
