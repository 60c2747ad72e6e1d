def make_headers(tenant_id, trace):
    lines = []
    lines.append("X-Tenant: {}".format(tenant_id))
    lines.append("X-Trace: {}".format(trace))
    return "\r\n".join(lines) + "\r\n"
