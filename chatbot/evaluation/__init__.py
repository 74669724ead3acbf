"""Evaluation through the real chain: question sets, the judging of answers, and the report."""
