def host_allowed(host, allowed=("trapnet.org",)):
    host = host.lower().rstrip(".")
    return any(host == a or host.endswith("." + a) for a in allowed)
