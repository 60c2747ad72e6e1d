from defusedxml.ElementTree import fromstring


def read_fitting_xml(data):
    root = fromstring(data)
    return {el.tag: el.text for el in root}
