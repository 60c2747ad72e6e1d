from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from .models import Loan


class RenewForm(forms.Form):
    weeks = forms.IntegerField(min_value=1, max_value=4)


@login_required
@require_http_methods(["GET", "POST"])
def renew_loan(request, loan_id):
    loan = get_object_or_404(Loan, pk=loan_id, member=request.user)
    form = RenewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        loan.extend(weeks=form.cleaned_data["weeks"])
        return redirect("loans:detail", loan_id=loan.pk)
    return render(request, "loans/renew.html", {"form": form, "loan": loan})
