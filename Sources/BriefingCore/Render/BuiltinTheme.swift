/// The default theme compiled into the binary (generated from `Templates/` by `make theme`).
enum BuiltinTheme {}
