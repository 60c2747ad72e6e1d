def host_allowed(host, allowed=("trapnet.org",)):
    return any(host.endswith(a) for a in allowed)
