from django.http import HttpResponseRedirect
from django.contrib.auth.decorators import login_required

from .models import Loan


@login_required
def return_book(request, loan_id):
    loan = Loan.objects.get(pk=loan_id, member=request.user)
    loan.mark_returned()
    return HttpResponseRedirect(request.GET.get("return_to", "/loans/"))
