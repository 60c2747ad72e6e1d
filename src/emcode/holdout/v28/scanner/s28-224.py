from importlib import resources
import xml.etree.ElementTree as ET


def bell_times():
    with resources.files("timetable.data").joinpath("bells.xml").open("rb") as fh:
        root = ET.parse(fh).getroot()
    return [(b.get("period"), b.get("start"), b.get("end")) for b in root.iter("bell")]


if __name__ == "__main__":
    for period, start, end in bell_times():
        print(f"P{period}: {start}-{end}")
