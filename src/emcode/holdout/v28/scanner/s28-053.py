from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from .models import Subscription


@login_required
def cancel_done(request):
    Subscription.objects.filter(user=request.user, state="cancelling").update(state="cancelled")
    return redirect(request.GET.get("return_to", "/account/"))
