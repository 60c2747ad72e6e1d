def audit_search(term, path="search_audit.log"):
    with open(path, "a") as fh:
        fh.write("SEARCH %s\n" % term)
