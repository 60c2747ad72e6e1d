import sys


def export_gedcom(family_id, records):
    path = "/tmp/export_%s.ged" % family_id
    with open(path, "w") as fh:
        for r in records:
            fh.write(f"0 @I{r['id']}@ INDI\n1 NAME {r['name']}\n")
    return path


if __name__ == "__main__":
    print(export_gedcom(sys.argv[1], []))
