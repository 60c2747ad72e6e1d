from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Reading


@login_required
@require_POST
def confirm_reading(request, reading_id):
    Reading.objects.filter(pk=reading_id, account__owner=request.user).update(confirmed=True)
    target = request.GET.get("return_to", "/readings/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/readings/"
    return redirect(target)
