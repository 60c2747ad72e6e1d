from urllib.parse import urlparse


def is_clinic_url(url):
    host = urlparse(url).netloc
    return host.endswith("pawsclinic.example")
