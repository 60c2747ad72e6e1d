from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_payment(request):
    back = request.GET.get("return_to", "/orders/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = "/orders/"
    return redirect(back)
