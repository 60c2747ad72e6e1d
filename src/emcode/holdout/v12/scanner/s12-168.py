import sys
from defusedxml import minidom


def dump_settings(path):
    doc = minidom.parse(path)
    for node in doc.getElementsByTagName("setting"):
        key = node.getAttribute("key")
        print(key, "=", node.firstChild.data if node.firstChild else "