from django.http import HttpResponseRedirect
from django.contrib.auth.decorators import login_required

from parking.models import Permit


@login_required
def renew_permit(request, permit_id):
    permit = Permit.objects.get(pk=permit_id, owner=request.user)
    permit.renew()
    return HttpResponseRedirect(request.GET.get("return_to", "/permits/"))
