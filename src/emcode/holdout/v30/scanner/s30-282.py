from defusedxml import minidom


def episode_titles(rss_text):
    doc = minidom.parseString(rss_text)
    return [n.firstChild.nodeValue for n in doc.getElementsByTagName("title") if n.firstChild]
