BRANCHES = {"LHR", "MAN", "EDI", "BHX"}


def branch_cookie(headers, branch):
    if branch not in BRANCHES:
        raise ValueError(f"unknown branch {branch!r}")
    headers.append(("Set-Cookie", f"preferred_branch={branch}; Path=/; Max-Age=2592000; Secure; HttpOnly"))
    return headers
