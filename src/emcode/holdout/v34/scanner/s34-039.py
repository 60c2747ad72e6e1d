from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

from .models import Permit


@login_required
@require_POST
def withdraw_permit(request, permit_id):
    Permit.objects.filter(id=permit_id, applicant=request.user).update(status="withdrawn")
    return HttpResponseRedirect("/permits/")
