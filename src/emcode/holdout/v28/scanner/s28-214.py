from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Subscription


@login_required
@require_POST
def cancel_done(request):
    Subscription.objects.filter(user=request.user, state="cancelling").update(state="cancelled")
    target = request.POST.get("return_to", "/account/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = "/account/"
    return redirect(target)
