from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Reading


@login_required
@require_POST
def confirm_reading(request, reading_id):
    Reading.objects.filter(pk=reading_id, account__owner=request.user).update(confirmed=True)
    return redirect(request.GET.get("return_to", "/readings/"))
