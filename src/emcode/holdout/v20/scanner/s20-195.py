from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import Subscription


@login_required
@require_POST
def cancel_subscription(request, sub_id):
    sub = get_object_or_404(Subscription, pk=sub_id, owner=request.user)
    sub.active = False
    sub.save(update_fields=["active"])
    return redirect("billing:overview")
