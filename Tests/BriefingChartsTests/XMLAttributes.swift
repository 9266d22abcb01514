import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The value of an attribute found by its name among all attributes (FoundationXML's `attribute(forName:)`
/// misses attributes of elements in the SVG namespace).
func attribute(_ node: XMLNode?, _ name: String) -> String? {
    (node as? XMLElement)?.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
}
