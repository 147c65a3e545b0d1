#!/usr/bin/env bash
# packaging/slurm end to end on a one-node Slurm that this test starts itself (munged, slurmctld
# and slurmd on localhost, everything in a temporary folder, its own ports): a 2-shard tokenize
# of a folder of clips (one of them broken) as an array job plus the merge step, compared with an
# unsharded run. Exits 77 (skipped, with the reason) where Slurm can't start here.
# Usage: test_slurm.sh GEOMOTION SHARED_DATA MODEL_DIR SOURCE_DIR
set -euo pipefail
exe=$1 data=$2 model=$3 source=$4
skip() { echo "SKIP: $*"; exit 77; }
for tool in munged slurmctld slurmd sbatch squeue sinfo; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: slurm-wlm, munge)"
done
[[ $(id -u) == 0 ]] || skip "slurmd must run as root to start jobs"

work=$(mktemp -d /tmp/geomotion-slurm.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for log in "$work"/*.log; do echo "--- $log" >&2; tail -20 "$log" >&2; done
  exit 1
}

# munge with its own key and socket.
head -c 1024 /dev/urandom > "$work/munge.key"
chmod 400 "$work/munge.key"
munged --force --key-file="$work/munge.key" --socket="$work/munge.socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munged.log" --seed-file="$work/munge.seed" || skip "munged did not start"
pids+=("$(cat "$work/munged.pid")")

port=$(( 20000 + RANDOM % 20000 ))
cpus=$(nproc)
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<CONF
ClusterName=geomotiontest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=1000 State=UNKNOWN
PartitionName=geomotion Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf
slurmctld -D -i -f "$SLURM_CONF" > "$work/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" > "$work/slurmd.out.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null || true)
  [[ $state == idle* ]] && break
  sleep 0.5
done
[[ ${state:-} == idle* ]] || skip "the one-node Slurm did not come up (node state '${state:-none}'; logs in $work)"

# The data: three clips, one of them broken.
mkdir -p "$work/data"
cp "$data/bvh/cmu/131_01.bvh" "$data/bvh/cmu/131_03.bvh" "$data/bvh/cmu/01_01.bvh" "$work/data/"
printf 'HIERARCHY\nROOT Hips\n{\n' > "$work/data/broken.bvh"

"$exe" tokenize "$work/data" --model "$model" --out "$work/plain" > /dev/null 2>&1 || true
GM_GEOMOTION=$exe "$source/packaging/slurm/submit.sh" -n 2 tokenize "$work/data" "$work/sharded" --model "$model" \
  > "$work/submit.log" 2>&1 || fail "submit.sh: $(cat "$work/submit.log")"
for _ in $(seq 240); do
  [[ -z $(squeue -h 2>/dev/null) ]] && break
  sleep 0.5
done
[[ -z $(squeue -h) ]] || fail "the jobs did not finish: $(squeue)"
[[ -f $work/sharded/summary.json ]] || fail "no merged summary (merge job: $(cat "$work"/sharded/geomotion-merge-*.log 2>/dev/null))"
for f in "$work"/plain/*.npy; do
  cmp -s "$f" "$work/sharded/$(basename "$f")" || fail "$(basename "$f") differs from the unsharded run"
done
[[ $(ls "$work"/sharded/*.npy | wc -l) == $(ls "$work"/plain/*.npy | wc -l) ]] || fail "the shards wrote other files"
grep -q '"written": 3' "$work/sharded/summary.json" || fail "merged summary: $(cat "$work/sharded/summary.json")"
grep -q '"failed": 1' "$work/sharded/summary.json" || fail "merged summary: $(cat "$work/sharded/summary.json")"
grep -q 'broken.bvh' "$work/sharded/summary.json" || fail "the broken clip is not in the merged summary"
echo "slurm: 2 shards and the merge match the unsharded run"
