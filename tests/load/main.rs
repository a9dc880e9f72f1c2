//! Reliability of `echo --serve` under load and faults, on loopback only, bounded in
//! count and time: a thousand concurrent clients each echoing 1 MiB of random data, every
//! byte checked; clients that reset, half-close, stay silent, vanish mid-message or never
//! read, while a well-behaved client keeps getting its echoes and the server's memory
//! stays bounded.

#[path = "../support/mod.rs"]
mod support;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use socket2::{Domain, Socket, Type};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use support::serve::ServeProcess;

/// Concurrent clients of the load test.
const CLIENTS: usize = 1000;
/// Bytes each of them sends and gets back.
const PER_CLIENT: usize = 1 << 20;
/// The whole load test must finish within this.
const LOAD_LIMIT: Duration = Duration::from_secs(120);

/// `len` pseudo-random bytes (splitmix64), the same for the same seed.
fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Client `i`'s data: its own 1 MiB window of a shared random block, so that no two
/// clients send the same bytes and one client's echo in another's place shows.
fn window(block: &[u8], i: usize) -> &[u8] {
    let offset = (i * 1031) % (block.len() - PER_CLIENT);
    &block[offset..offset + PER_CLIENT]
}

/// Connects, sends `byte` and reads it back.
async fn first_byte_echoed(addr: SocketAddr, byte: u8) -> Result<tokio::net::TcpStream, String> {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    stream
        .write_all(&[byte])
        .await
        .map_err(|e| format!("write: {e}"))?;
    let mut back = [0u8; 1];
    stream
        .read_exact(&mut back)
        .await
        .map_err(|e| format!("read: {e}"))?;
    (back[0] == byte)
        .then_some(stream)
        .ok_or_else(|| "the first byte came back changed".to_string())
}

/// Writes all of `data` while reading the echo, and checks it; the bytes that came back.
async fn echo_all(stream: tokio::net::TcpStream, data: &[u8]) -> Result<usize, String> {
    let (mut rx, mut tx) = stream.into_split();
    let write = async {
        tx.write_all(data).await?;
        tx.shutdown().await
    };
    let read = async {
        let mut back = Vec::with_capacity(data.len());
        rx.read_to_end(&mut back).await.map(|_| back)
    };
    let (wrote, back) = tokio::join!(write, read);
    wrote.map_err(|e| format!("write: {e}"))?;
    let back = back.map_err(|e| format!("read: {e}"))?;
    if back.len() != data.len() {
        return Err(format!("{} of {} bytes came back", back.len(), data.len()));
    }
    match back.iter().zip(data).position(|(a, b)| a != b) {
        Some(at) => Err(format!("byte {at} changed")),
        None => Ok(back.len()),
    }
}

#[test]
fn a_thousand_clients_each_get_their_mebibyte_back() {
    // The test process holds a thousand sockets too.
    let limits = sockref::sys::limits::raise_open_files().expect("RLIMIT_NOFILE");
    assert!(
        limits.soft > CLIENTS as u64 + 64,
        "RLIMIT_NOFILE {} is too low for {CLIENTS} clients",
        limits.soft
    );
    let server = ServeProcess::start("127.0.0.1:0", &["--idle", "60"]);
    let addr = server.addr;
    let block = Arc::new(random_bytes(
        0x10ad,
        PER_CLIENT + CLIENTS * 1031 % PER_CLIENT + 4096,
    ));
    let start = Instant::now();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let results = runtime.block_on(async {
        // Every client connects and has its first byte echoed before any sends the rest:
        // the echo shows that the server has taken the connection on, so a thousand are
        // being served at once.
        let mut streams = Vec::with_capacity(CLIENTS);
        for i in 0..CLIENTS {
            let first = window(&block, i)[0];
            let stream = first_byte_echoed(addr, first)
                .await
                .unwrap_or_else(|e| panic!("client {i}: {e}"));
            streams.push(stream);
        }
        let tasks: Vec<_> = streams
            .into_iter()
            .enumerate()
            .map(|(i, stream)| {
                let block = Arc::clone(&block);
                tokio::spawn(async move {
                    echo_all(stream, &window(&block, i)[1..])
                        .await
                        .map(|n| n + 1)
                })
            })
            .collect();
        let all = async {
            let mut results = Vec::with_capacity(CLIENTS);
            for task in tasks {
                results.push(task.await.map_err(|e| e.to_string()).and_then(|r| r));
            }
            results
        };
        tokio::time::timeout(LOAD_LIMIT, all)
            .await
            .expect("the load test ran out of time")
    });
    let elapsed = start.elapsed();
    let failures: Vec<String> = results
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().err().map(|e| format!("client {i}: {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    let total: usize = results.iter().filter_map(|r| r.as_ref().ok()).sum();
    assert_eq!(total, CLIENTS * PER_CLIENT);
    let (rss, peak) = (server.rss_kib(), server.peak_rss_kib());
    let stopped = server.interrupt(Duration::from_secs(10));
    let s = &stopped.report["serve"];
    eprintln!(
        "load: {CLIENTS} clients x {PER_CLIENT} bytes echoed and checked in {:.1} s; \
         server peak {} connections, VmRSS {rss} KiB after, VmHWM {peak} KiB",
        elapsed.as_secs_f64(),
        s["peak_connections"],
    );
    // A 64 KiB buffer and a small stack per connection: well under 1 MiB each.
    assert!(peak < 512 * 1024, "VmHWM {peak} KiB");
    assert_eq!(s["connections"], CLIENTS as u64, "{s}");
    assert_eq!(s["peak_connections"], CLIENTS as u64, "{s}");
    assert_eq!(s["bytes_echoed"], (CLIENTS * PER_CLIENT) as u64, "{s}");
    assert_eq!(stopped.status.code(), Some(130));
}

/// A client that sends, sets SO_LINGER 0 and closes: the kernel sends RST (socket(7)).
fn resetting(addr: SocketAddr, data: &[u8]) {
    let s = Socket::new(Domain::IPV4, Type::STREAM, None).expect("socket");
    if s.connect(&addr.into()).is_ok() {
        let _ = s.send(data);
        let _ = s.set_linger(Some(Duration::ZERO));
    }
}

/// A client that sends, shuts its side down and must get every byte back, then the end.
fn half_closing(addr: SocketAddr, data: &[u8]) -> Result<(), String> {
    let mut s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    s.write_all(data).map_err(|e| e.to_string())?;
    s.shutdown(Shutdown::Write).map_err(|e| e.to_string())?;
    let mut back = Vec::new();
    s.read_to_end(&mut back).map_err(|e| e.to_string())?;
    (back == data)
        .then_some(())
        .ok_or_else(|| format!("{} bytes back", back.len()))
}

/// A client that writes half a message and goes away without reading.
fn vanishing(addr: SocketAddr, data: &[u8]) {
    if let Ok(mut s) = TcpStream::connect(addr) {
        let _ = s.write_all(&data[..data.len() / 2]);
    }
}

/// A client that writes until every buffer on the way is full, never reads, and holds the
/// connection open until `until`: the server, unable to send its echo, must give up on it
/// after its idle time.
fn never_reading(addr: SocketAddr, data: &[u8], until: Instant) {
    if let Ok(mut s) = TcpStream::connect(addr) {
        let _ = s.set_write_timeout(Some(Duration::from_millis(200)));
        while Instant::now() < until && s.write_all(data).is_ok() {}
        thread::sleep(until.saturating_duration_since(Instant::now()));
    }
}

/// Ping-pongs until `done`, each echo checked and within two seconds; how many.
fn well_behaved(addr: SocketAddr, done: &AtomicBool) -> Result<u64, String> {
    let mut s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(2)))
        .map_err(|e| e.to_string())?;
    let mut count = 0u64;
    while !done.load(Ordering::Relaxed) {
        let message = random_bytes(count, 1 + (count as usize * 37) % 4000);
        s.write_all(&message)
            .map_err(|e| format!("round {count}: {e}"))?;
        let mut back = vec![0u8; message.len()];
        s.read_exact(&mut back)
            .map_err(|e| format!("round {count}: {e}"))?;
        if back != message {
            return Err(format!("round {count}: the echo differs"));
        }
        count += 1;
    }
    Ok(count)
}

#[test]
fn misbehaving_clients_do_not_hurt_the_others_and_memory_stays_bounded() {
    let _ = sockref::sys::limits::raise_open_files();
    let server = ServeProcess::start("127.0.0.1:0", &["--idle", "2"]);
    let addr = server.addr;
    let data = random_bytes(7, 256 * 1024);
    let done = AtomicBool::new(false);
    let rss_start = server.rss_kib();
    let mut rss_after = Vec::new();
    thread::scope(|scope| {
        let good = scope.spawn(|| well_behaved(addr, &done));
        let silent: Vec<TcpStream> = (0..100)
            .filter_map(|_| TcpStream::connect(addr).ok())
            .collect();
        for round in 0..3 {
            // Long enough past --idle 2 that a client still filling its buffers on a busy
            // machine is idle for two seconds before it goes.
            let until = Instant::now() + Duration::from_millis(4500);
            let clients: Vec<_> = (0..40)
                .map(|i| {
                    let data = &data;
                    scope.spawn(move || match i % 4 {
                        0 => {
                            resetting(addr, data);
                            Ok(())
                        }
                        1 => half_closing(addr, data),
                        2 => {
                            vanishing(addr, data);
                            Ok(())
                        }
                        _ => {
                            never_reading(addr, data, until);
                            Ok(())
                        }
                    })
                })
                .collect();
            for (i, c) in clients.into_iter().enumerate() {
                let outcome = c.join().expect("a client thread");
                assert!(outcome.is_ok(), "round {round}, client {i}: {outcome:?}");
            }
            rss_after.push(server.rss_kib());
        }
        // The silent clients were closed by the server after --idle 2.
        for mut s in silent {
            s.set_read_timeout(Some(Duration::from_secs(5)))
                .expect("timeout");
            let mut one = [0u8; 1];
            assert!(
                matches!(s.read(&mut one), Ok(0) | Err(_)),
                "a silent client still open"
            );
        }
        done.store(true, Ordering::Relaxed);
        let rounds = good.join().expect("the good client");
        assert!(
            rounds.as_ref().is_ok_and(|&n| n > 10),
            "the good client: {rounds:?}"
        );
    });
    let server_peak = server.peak_rss_kib();
    let stopped = server.interrupt(Duration::from_secs(10));
    let s = &stopped.report["serve"];
    eprintln!(
        "faults: VmRSS {rss_start} KiB at the start, {rss_after:?} after each round, VmHWM {} KiB; {s}",
        server_peak
    );
    // Each connection holds one 64 KiB buffer and a thread; nothing grows with traffic.
    let last = *rss_after.last().expect("three rounds");
    assert!(last < 200 * 1024, "VmRSS {last} KiB");
    assert!(
        last < rss_after[0] + 32 * 1024,
        "VmRSS grew round after round: {rss_after:?}"
    );
    // The 100 silent clients and the 30 that never read.
    assert!(s["idle_closed"].as_u64().unwrap_or(0) >= 125, "{s}");
    assert!(s["reset"].as_u64().unwrap_or(0) >= 10, "{s}");
    assert_eq!(stopped.status.code(), Some(130));
}
