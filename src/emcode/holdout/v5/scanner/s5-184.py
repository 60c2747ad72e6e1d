from xml.dom import pulldom

def count_items(stream):
    n = 0
    for event, node in pulldom.parse(stream):
        if event == pulldom.START_ELEMENT and node.tagName == "item":
            n += 1
    return n
