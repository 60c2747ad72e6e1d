from django import forms
from django.shortcuts import render, redirect
from .models import Account


class AccountForm(forms.ModelForm):
    class Meta:
        model = Account
        fields = "__all__"


def edit_account(request):
    form = AccountForm(request.POST or None, instance=request.user.account)
    if form.is_valid():
        form.save()
        return redirect("/account")
    return render(request, "account.html", {"form": form})
