import xml.etree.ElementTree as ET
from pathlib import Path

SCHEDULE = Path(__file__).with_name("roast_schedule.xml")


def main():
    root = ET.parse(SCHEDULE).getroot()
    for batch in root.iter("batch"):
        print(batch.get("day"), batch.findtext("bean"), batch.findtext("kg"))


if __name__ == "__main__":
    main()
