import argparse

from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def count_sensors(path):
    tree = etree.parse(path, SAFE_PARSER)
    by_room = {}
    for sensor in tree.getroot().iter("sensor"):
        room = sensor.get("room", "unknown")
        by_room[room] = by_room.get(room, 0) + 1
    return by_room


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("xml_file")
    for room, n in sorted(count_sensors(ap.parse_args().xml_file).items()):
        print(f"{room:20} {n}")
