import re

def make_host_matcher(domain):
    pattern = re.compile("https?://(www\\.)?" + domain)
    return lambda url: pattern.match(url) is not None

is_ours = make_host_matcher("clinic.example.com")
