from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Permit


@require_POST
def renew_permit(request, permit_id):
    permit = Permit.objects.get(pk=permit_id, owner=request.user)
    permit.renew()
    return redirect(request.GET.get("return_to", "/permits/"))
