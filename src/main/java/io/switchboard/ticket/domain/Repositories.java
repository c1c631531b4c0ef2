package io.switchboard.ticket.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CategoryRepository extends JpaRepository<Category, UUID> {

	Optional<Category> findByCode(String code);
}

interface QueueRepository extends JpaRepository<Queue, UUID> {

	@Query("select q from Queue q where :agentId member of q.members")
	List<Queue> findByMember(UUID agentId);
}

interface TicketRepository extends Repository<Ticket, UUID>, TicketSaving {

	Optional<Ticket> findByNumber(String number);

	Optional<Ticket> findById(UUID id);

	List<Ticket> findByCustomerIdOrderByUpdatedAtDesc(UUID customerId);

	List<Ticket> findByNumberIn(Collection<String> numbers);

	List<Ticket> findByIdIn(Collection<UUID> ids);
}

interface TicketActionRepository extends Repository<TicketAction, UUID> {

	List<TicketAction> findByTicketIdOrderByAtAscIdAsc(UUID ticketId);

	List<TicketAction> findByTicketIdInOrderByAtAscIdAsc(Collection<UUID> ticketIds);
}

interface TicketCommentRepository extends Repository<TicketComment, UUID> {

	List<TicketComment> findByTicketIdOrderByAtAscIdAsc(UUID ticketId);

	List<TicketComment> findByTicketIdInOrderByAtAscIdAsc(Collection<UUID> ticketIds);
}
