def branch_cookie(headers, branch):
    headers.append(("Set-Cookie", f"preferred_branch={branch}; Path=/; Max-Age=2592000; Secure; HttpOnly"))
    return headers
