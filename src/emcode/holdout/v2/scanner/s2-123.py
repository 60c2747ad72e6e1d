from defusedxml import minidom


def svg_size(svg_bytes: bytes) -> tuple[str, str]:
    """(width, height) attributes of an SVG document."""
    doc = minidom.parseString(svg_bytes)
    root = doc.documentElement
    return root.getAttribute("width"), root.getAttribute("height")
