from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render, redirect
from .models import Account


class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = ["display_name", "company", "phone"]


@login_required
def edit_account(request):
    form = AccountForm(request.POST or None, instance=request.user.account)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("/account")
    return render(request, "account.html", {"form": form})
