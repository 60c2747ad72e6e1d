def join_under(root, *parts):
    path = "/".join([root.rstrip("/")] + [p.strip("/") for p in parts])
    if ".." in parts:
        raise ValueError("no parent references")
    return path
