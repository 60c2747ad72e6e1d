from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_purchase(request):
    return_to = request.GET.get("return_to", "/tickets/")
    if not url_has_allowed_host_and_scheme(return_to, allowed_hosts={request.get_host()}, require_https=True):
        return_to = "/tickets/"
    return HttpResponseRedirect(return_to)
