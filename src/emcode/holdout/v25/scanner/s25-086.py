import os
import argparse

parser = argparse.ArgumentParser(description="Archive old radio shows")
parser.add_argument("show")
parser.add_argument("--year", default="2023")
args = parser.parse_args()

target = "/archive/" + args.show + "-" + args.year + ".tar.gz"
print("archiving to", target)
os.system("tar czf " + target + " /srv/radio/shows/" + args.show)
print("done, now uploading")
for attempt in range(3):
    rc = os.sys