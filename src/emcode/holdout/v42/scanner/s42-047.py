from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from parking.models import Permit


@login_required
@require_POST
def renew_permit(request, permit_id):
    permit = get_object_or_404(Permit, pk=permit_id, owner=request.user)
    permit.renew()
    target = request.GET.get("return_to", "/permits/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/permits/"
    return HttpResponseRedirect(target)
