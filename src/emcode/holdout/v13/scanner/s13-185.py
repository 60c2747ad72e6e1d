def audit(path, actor, event):
    with open(path, "a") as fh:
        fh.write("%s | %s\n" % (actor, event))
