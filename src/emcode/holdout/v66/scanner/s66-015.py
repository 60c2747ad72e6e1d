from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST
from django.shortcuts import get_object_or_404, redirect

from .models import Delivery


@login_required
@require_POST
def mark_delivered(request, pk):
    d = get_object_or_404(Delivery, pk=pk, courier=request.user)
    d.status = "deliv