"""LoRA supervised fine-tuning with TRL's ``SFTTrainer``: data in, a validated adapter folder out.

The recipe reads top to bottom: gather rows → render the seed's template → tokenize (documents encoded
independently, see :mod:`chatbot.lm.layout`) → drop rows over ``max_tokens`` → split train/validation →
LoRA on the base model → train (loss on the answer only, checkpoints, resumable) → write the adapter
with ``training.json`` atomically → optionally merge.
Example::

    report = finetune(Job(output=Path("adapters/mine"), grounded=2000), Settings())
"""

from __future__ import annotations

import json
import platform
import resource
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import torch
import transformers
from datasets import Dataset
from peft import LoraConfig, PeftModel, get_peft_model_state_dict
from safetensors.torch import save_file
from transformers import PreTrainedModel, PreTrainedTokenizerBase
from trl import SFTConfig, SFTTrainer

from chatbot.finetune.collate import SegmentCollator, tokenize
from chatbot.finetune.data import Source, load_file, load_hub_dataset, rows_hash, to_example
from chatbot.finetune.grounded import grounded_rows, shipped_names
from chatbot.finetune.reading import reading_rows
from chatbot.finetune.recipe import Recipe
from chatbot.lm.adapters import INFO_FILE, check_adapter, fingerprint, read_info
from chatbot.lm.models import load_base, resolve_model
from chatbot.settings import Settings
from common.errors import DataError
from common.files import atomic_dir
from vectorstore.config import SHIPPED_DATA


@dataclass
class Job:
    """What to train: data sources, where to write, and how."""

    output: Path
    files: list[Path] = field(default_factory=list)
    hub_datasets: list[str] = field(default_factory=list)
    grounded: int = 0
    reading: list[Path] = field(default_factory=list)
    recipe: Recipe = field(default_factory=Recipe)
    resume: bool = False
    merge: bool = False
    start: Path | None = None  # an adapter to go on training (new data on top of what it learned)

    @property
    def checkpoints(self) -> Path:
        return self.output.with_name(f".{self.output.name}-checkpoints")


def gather_rows(job: Job) -> tuple[list[dict], list[Source]]:
    """Every row of every source, and the record of each source."""
    rows, sources = [], []
    loaded = [load_file(path) for path in job.files] + [load_hub_dataset(d) for d in job.hub_datasets]
    loaded += [reading_rows(folder, job.recipe.seed) for folder in job.reading]
    if job.grounded:
        shipped = json.loads(SHIPPED_DATA.read_text(encoding="utf-8"))
        generated = grounded_rows(
            job.grounded, job.recipe.seed, shipped_names(SHIPPED_DATA), [r["country"] for r in shipped]
        )
        loaded.append((generated, Source(f"grounded:{job.grounded}", len(generated), rows_hash(generated))))
    for part, source in loaded:
        rows += part
        sources.append(source)
    if not rows:
        raise DataError(
            "No training data: give --data FILE, --reading FOLDER, --hub-dataset ID or --grounded N."
        )
    return rows, sources


def datasets_for(rows: list[dict], tokenizer: PreTrainedTokenizerBase, recipe: Recipe) -> tuple[Dataset, int]:
    """Train/validation split of the tokenized rows that fit ``max_tokens``, and how many were dropped."""
    examples = [tokenize(to_example(row), tokenizer, recipe.independent_documents) for row in rows]
    kept = [e for e in examples if len(e["input_ids"]) <= recipe.max_tokens]
    if len(kept) < 2:
        raise DataError(f"Fewer than 2 rows fit in {recipe.max_tokens} tokens.")
    split = Dataset.from_list(kept).train_test_split(
        train_size=recipe.train_share, seed=recipe.split_seed, shuffle=True
    )
    return split, len(examples) - len(kept)


def lora_for(job: Job, model: PreTrainedModel) -> tuple[PreTrainedModel, LoraConfig | None]:
    """The model to train and the LoRA to put on it: a new one of the recipe's shape, or none when it
    goes on training ``job.start`` (a fraction of the cost of training anew on all the data: an
    optimizer step of a 135M model takes ~25 s on two CPU cores)."""
    if job.start:
        return PeftModel.from_pretrained(model, job.start, is_trainable=True), None
    r = job.recipe
    return model, LoraConfig(
        r=r.rank,
        lora_alpha=r.alpha,
        lora_dropout=r.dropout,
        bias="none",
        task_type="CAUSAL_LM",
        target_modules=r.target_modules(model),
        fan_in_fan_out=model.config.model_type == "gpt2",  # GPT-2's Conv1D stores weights transposed
    )


def trainer_for(job: Job, model, tokenizer, data) -> SFTTrainer:
    """The SFT trainer with the recipe's optimisation settings, on :func:`lora_for`'s LoRA."""
    r = job.recipe
    model, lora = lora_for(job, model)
    args = SFTConfig(
        output_dir=str(job.checkpoints),
        num_train_epochs=r.epochs,
        per_device_train_batch_size=r.batch_size,
        per_device_eval_batch_size=r.batch_size * 2,
        gradient_accumulation_steps=r.grad_accum,
        learning_rate=r.learning_rate,
        lr_scheduler_type="linear",
        warmup_steps=r.warmup_steps,
        optim="adamw_torch",
        gradient_checkpointing=r.checkpoint_activations,  # TRL's default is on
        seed=r.seed,
        data_seed=r.seed,
        max_length=None,  # long rows are dropped beforehand, not truncated
        dataset_kwargs={"skip_prepare_dataset": True},  # tokenized here, segment by segment
        remove_unused_columns=False,  # the collator needs each example's segments
        logging_steps=10,
        eval_strategy="epoch",
        save_strategy="steps",
        save_steps=r.save_steps,
        save_total_limit=2,
        report_to="none",
        train_sampling_strategy="group_by_length",  # less padding: CPU time is the budget
        dataloader_num_workers=0,
        bf16=torch.cuda.is_available(),  # bf16 autocast on this CPU measured ~10x slower than fp32
        use_cpu=not torch.cuda.is_available(),
    )
    return SFTTrainer(
        model=model,
        args=args,
        train_dataset=data["train"],
        eval_dataset=data["test"],
        processing_class=tokenizer,
        data_collator=SegmentCollator(pad_id=tokenizer.pad_token_id),
        peft_config=lora,
    )


def info_for(job: Job, settings: Settings, base_print: str, sources, data, dropped, losses, seconds) -> dict:
    """The adapter's ``training.json``."""
    return {
        "base_model": settings.model,
        "base_fingerprint": base_print,
        "sources": [s.as_dict() for s in sources],
        "rows": {"train": len(data["train"]), "validation": len(data["test"]), "dropped_too_long": dropped},
        "recipe": job.recipe.model_dump(),
        **({"continued_from": read_info(job.start) or str(job.start)} if job.start else {}),
        "documents": "independent" if job.recipe.independent_documents else "joined",
        **losses,
        "train_seconds": round(seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {"transformers": transformers.__version__, "python": platform.python_version()},
    }


def save_adapter(model, folder: Path, base_name: str) -> None:
    """The LoRA weights in bfloat16 (half the size, same answers), the config naming the base preset."""
    state = {k: v.to(torch.bfloat16) for k, v in get_peft_model_state_dict(model).items()}
    config = model.peft_config["default"]
    config.base_model_name_or_path = base_name  # not this machine's folder
    config.save_pretrained(folder)
    save_file(state, folder / "adapter_model.safetensors", metadata={"format": "pt"})


def finetune(job: Job, settings: Settings) -> dict:
    """Train the adapter described by ``job`` on ``settings.model``; returns its ``training.json``."""
    if job.resume and not any(job.checkpoints.glob("checkpoint-*")):
        raise DataError(f"Nothing to resume: no checkpoint in {job.checkpoints}.")
    rows, sources = gather_rows(job)
    base, tokenizer = load_base(resolve_model(settings.model, settings.models_dir))
    transformers.set_seed(job.recipe.seed)
    base_print = fingerprint(base)
    if job.start:
        check_adapter(job.start, base)
    data, dropped = datasets_for(rows, tokenizer, job.recipe)
    trainer = trainer_for(job, base, tokenizer, data)
    started = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=job.resume or None)
    seconds = time.perf_counter() - started
    train_losses = [log["loss"] for log in trainer.state.log_history if "loss" in log]
    losses = {
        "train_loss": round(train_losses[-1] if train_losses else result.training_loss, 4),
        "train_loss_mean": round(result.training_loss, 4),
        "validation_loss": round(trainer.evaluate()["eval_loss"], 4),
    }
    info = info_for(job, settings, base_print, sources, data, dropped, losses, seconds)
    with atomic_dir(job.output, replace=True) as scratch:
        save_adapter(trainer.model, scratch, settings.model)
        (scratch / INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    if job.merge:
        merged = job.output.with_name(f"{job.output.name}-merged")
        with atomic_dir(merged, replace=True) as scratch:
            trainer.model.merge_and_unload().save_pretrained(scratch)
            tokenizer.save_pretrained(scratch)
    shutil.rmtree(job.checkpoints, ignore_errors=True)
    return info
