#!/usr/bin/env python3
"""Run jobsift over JSONL shards on a Dask cluster.

A Dask bag holds the shard files, one per partition; each partition is
mapped through one jobsift process (`jobsift --jsonl <shard>`), and each
partition's records are written as a JSONL shard of the output. Dask's
scheduler retries a partition whose process failed, on a local cluster
or across hosts alike.

    python3 run.py --out results/ shards/*.jsonl                      # a LocalCluster on this machine
    python3 run.py --scheduler tcp://host:8786 --out results/ shards/*.jsonl

Every host needs the shards and the output folder at the same paths
(a shared file system) and jobsift installed (`npm install jobsift`).
"""
import argparse
import os
import shlex
import subprocess
import sys

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster


def extract_partition(shards, command):
    """One jobsift process for the partition's shards: its stdout records, one JSON line each."""
    shards = list(shards)
    if not shards:
        return []
    # --jobs 1: Dask runs the partitions in parallel, so each process keeps to one thread.
    proc = subprocess.run(command + ["--jsonl", "--jobs", "1", "--no-progress", "--input-format", "jsonl", *shards], capture_output=True, text=True)
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    # Exit 1: some lines failed, and each has an error record among the results.
    # Anything else means the command could not run: raise, so Dask retries the partition.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} exited with {proc.returncode} on {shards}: {proc.stderr.strip()}")
    return proc.stdout.splitlines()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Extract job postings in JSONL shards with jobsift on Dask.")
    parser.add_argument("shards", nargs="+", help="JSONL files: one posting per line, an object with id and title/company/location/salary/text/html, or a string")
    parser.add_argument("--out", required=True, help="folder for the result shards (part-00000.jsonl ...)")
    parser.add_argument("--scheduler", help="address of a running dask-scheduler; without it a LocalCluster is started")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes (default: the number of cores)")
    parser.add_argument("--jobsift", default="npx --no-install jobsift", help="the command that runs jobsift (default: %(default)s)")
    parser.add_argument("--retries", type=int, default=2, help="times Dask retries a failed partition (default: %(default)s)")
    args = parser.parse_args(argv)

    os.makedirs(args.out, exist_ok=True)
    shards = [os.path.abspath(s) for s in args.shards]
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None))
    with client:
        bag = db.from_sequence(shards, npartitions=len(shards))
        writes = bag.map_partitions(extract_partition, shlex.split(args.jobsift)).to_textfiles(
            os.path.join(os.path.abspath(args.out), "*.jsonl"), name_function=lambda i: f"part-{i:05d}", last_endline=True, compute=False
        )
        dask.compute(*writes, retries=args.retries)
    print(f"{len(shards)} shards extracted into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
